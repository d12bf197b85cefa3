namespace Orientir.Data.Import.Adapters.FisOkoStatistics;

/// <summary>
/// One sheet of «Статистика по отметкам»: the title, the heading row, then one row per school. A municipality written
/// once above its schools (merged cells, a heading row) carries down to them.
/// </summary>
internal sealed class StatisticsSheet(ExportContext context, string sheet)
{
    private readonly Dictionary<string, int> _schoolRows = new(StringComparer.Ordinal);
    private FormTitle? _title;
    private SourcePlace _titlePlace;
    private string? _procedure;
    private StatisticsColumns? _columns;
    private bool _marksBelow;
    private (string Code, string Name)? _municipality;

    /// <summary>Reads the sheet into the draft; the number of school rows it held.</summary>
    public int Read(IEnumerable<SheetRow> rows, CancellationToken cancellationToken)
    {
        var schools = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_columns is null || _marksBelow)
            {
                if (!Head(row)) return schools;
                continue;
            }
            if (row.IsBlank) continue;
            if (_procedure is null) return schools;
            if (SchoolRow(row)) schools++;
        }
        if (_columns is null)
            context.Warning(new SourcePlace(sheet, 0), "", ImportCodes.FormSheetSkipped,
                "лист пропущен: на нём нет таблицы «Статистика по отметкам» (столбцы «Код ОО», «Кол-во участников», «2»–«5»)");
        return schools;
    }

    /// <summary>The rows above the data; false when the sheet cannot be read further.</summary>
    private bool Head(SheetRow row)
    {
        var place = new SourcePlace(sheet, row.Number);
        if (_marksBelow)
        {
            _marksBelow = false;
            if (_columns!.TakeMarksFrom(row)) return true;
            var missing = new[] { 2, 3, 4, 5 }.Where(m => _columns.Marks[m - 2] < 0).Select(m => $"«{m}»");
            context.Error(place, "", ImportCodes.MissingColumn, $"нет столбцов долей отметок {string.Join(", ", missing)}");
            return false;
        }
        if (_title is null && FormTitle.Find(row) is { } title)
        {
            _title = title;
            _titlePlace = place;
            return true;
        }
        if (StatisticsColumns.Of(row) is not { } columns) return true;
        _columns = columns;
        _marksBelow = !columns.HasMarks;
        if (_title is null)
        {
            context.Error(place, "", ImportCodes.FormTitleMissing,
                "над таблицей нет заголовка вида «ВПР 2025 Математика 5 класс»: по нему определяется процедура");
            return false;
        }
        if (columns.MunicipalityCode < 0 && columns.MunicipalityName < 0)
        {
            context.Error(place, "", ImportCodes.MissingColumn, "нет столбца «Код МСУ» или «Муниципалитет»");
            return false;
        }
        _procedure = Procedure(_title);
        return true;
    }

    private string? Procedure(FormTitle title)
    {
        if (context.Subjects.CodeOf(title.SubjectName) is not { } subject)
        {
            context.Error(_titlePlace, "", ImportCodes.UnknownSubjectName,
                $"предмет «{title.SubjectName}» не найден в таблице «Предметы в выгрузках»: добавьте это название с кодом предмета и загрузите файл снова");
            return null;
        }
        var code = ExportContext.ProcedureCode(title.Kind, title.Year, subject, title.Grade);
        if (context.DraftProcedureOnce(code))
            context.Draft.AddProcedure(_titlePlace, code, Vocabulary.KindCode(title.Kind), subject, title.Grade, title.Year,
                FisOkoStatisticsAdapter.AggregateMaxScore);
        return code;
    }

    /// <summary>A data row: a school's aggregate, or a region or subtotal row (no school code) that is skipped.</summary>
    private bool SchoolRow(SheetRow row)
    {
        var columns = _columns!;
        var place = new SourcePlace(sheet, row.Number);
        var school = row.Cell(columns.SchoolCode);
        var municipality = Municipality(row, place, forSchool: school.Length > 0);
        if (school.Length == 0) return false;
        var errors = context.Errors.Count;
        if (municipality is null)
            context.Error(place, columns.Header(columns.MunicipalityCode >= 0 ? columns.MunicipalityCode : columns.MunicipalityName),
                ImportCodes.MissingValue, $"у школы «{school}» не указан муниципалитет");
        if (_schoolRows.TryGetValue(school, out var first))
            context.Error(place, columns.Header(columns.SchoolCode), ImportCodes.DuplicateSchoolRow,
                $"школа «{school}» уже есть в строке {first} этого листа");
        else _schoolRows[school] = row.Number;
        var participants = Participants(row, place);
        var shares = MarkShares.Read(context, row, place, columns, participants);
        if (context.Errors.Count > errors || participants is null || shares is null || municipality is null) return true;
        context.School(place, school, municipality, StatisticsColumns.Cell(row, columns.SchoolName) is { Length: > 0 } name ? name : school);
        context.Draft.AddSchoolResult(place, _procedure!, school, participants.Value, shares[0], shares[1], shares[2], shares[3]);
        return true;
    }

    /// <summary>
    /// The row's municipality, or the last one written above it (a subtotal row, merged cells). It is matched or drafted
    /// only for a school row, so that a region row or an empty subtotal makes no municipality.
    /// </summary>
    private string? Municipality(SheetRow row, SourcePlace place, bool forSchool)
    {
        var columns = _columns!;
        var code = StatisticsColumns.Cell(row, columns.MunicipalityCode);
        var name = StatisticsColumns.Cell(row, columns.MunicipalityName);
        if (code.Length > 0 || (name.Length > 0 && columns.MunicipalityCode < 0)) _municipality = (code, name);
        if (!forSchool || _municipality is not { } current) return null;
        var (muniCode, muniName) = current;
        if (muniCode.Length == 0) return context.MunicipalityByName(place, muniName);
        context.Municipality(place, muniCode, muniName.Length > 0 ? muniName : muniCode);
        return muniCode;
    }

    private int? Participants(SheetRow row, SourcePlace place)
    {
        var header = _columns!.Header(_columns.Participants);
        var text = row.Cell(_columns.Participants);
        if (text.Length == 0)
        {
            context.Error(place, header, ImportCodes.MissingValue, "не указано число участников");
            return null;
        }
        if (!Numbers.TryParseInt(text, out var participants))
        {
            context.Error(place, header, ImportCodes.BadNumber, $"«{text}» — число участников должно быть целым");
            return null;
        }
        if (participants < 0)
        {
            context.Error(place, header, ImportCodes.NegativeStudents, $"{participants} — число участников не может быть отрицательным");
            return null;
        }
        return participants;
    }
}
