using System.Text;

namespace Orientir.Data.Import.Adapters.FisOkoStatistics;

/// <summary>
/// Where the columns of «Статистика по отметкам» are: found by their headings, which the form writes in several ways
/// («Код ОО» or «Логин ОО», «Кол-во участников» or «Количество участников», «2» or «% «2»» or «Доля «2», %»). The
/// marks' headings may stand in the row under the others (a merged «Распределение отметок, %» above them).
/// </summary>
internal sealed class StatisticsColumns
{
    private StatisticsColumns(SheetRow row)
    {
        Headers = row.Cells;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var key = Key(row.Cells[i]);
            if (key.Length == 0) continue;
            if (SchoolCode < 0 && key is "код оо" or "логин оо" or "логин" or "код образовательной организации") SchoolCode = i;
            else if (SchoolName < 0 && key is "название оо" or "наименование оо" or "оо" or "образовательная организация"
                         or "наименование образовательной организации") SchoolName = i;
            else if (MunicipalityCode < 0 && key is "код мсу" or "код муниципалитета" or "код мо" or "код ату") MunicipalityCode = i;
            else if (MunicipalityName < 0 && key is "муниципалитет" or "мсу" or "наименование мсу" or "муниципальное образование"
                         or "муниципальный район" or "наименование муниципалитета") MunicipalityName = i;
            else if (Participants < 0 && key.Contains("участник", StringComparison.Ordinal)) Participants = i;
        }
        FindMarks(row);
    }

    public int SchoolCode { get; } = -1;
    public int SchoolName { get; } = -1;
    public int MunicipalityCode { get; } = -1;
    public int MunicipalityName { get; } = -1;
    public int Participants { get; } = -1;
    /// <summary>The columns of the shares of marks 2, 3, 4 and 5.</summary>
    public int[] Marks { get; } = [-1, -1, -1, -1];
    public bool HasMarks => Marks.All(m => m >= 0);
    private string[] Headers { get; set; }

    /// <summary>The heading of a column as the sheet writes it, for messages.</summary>
    public string Header(int column) => column >= 0 && column < Headers.Length ? Headers[column] : "";

    /// <summary>A row's cell in a column the sheet may lack (-1): empty then.</summary>
    public static string Cell(SheetRow row, int column) => column >= 0 ? row.Cell(column) : "";

    /// <summary>The columns of a heading row (school code and participants at least); null when the row is none.</summary>
    public static StatisticsColumns? Of(SheetRow row)
    {
        if (row.Cells.Any(c => Key(c) == "код участника")) return null;
        var columns = new StatisticsColumns(row);
        return columns.SchoolCode >= 0 && columns.Participants >= 0 ? columns : null;
    }

    /// <summary>Takes the marks' headings from the row under the heading row; false when it has none.</summary>
    public bool TakeMarksFrom(SheetRow row)
    {
        FindMarks(row);
        if (!HasMarks) return false;
        var merged = new string[Math.Max(Headers.Length, row.Cells.Length)];
        for (var i = 0; i < merged.Length; i++) merged[i] = i < row.Cells.Length && row.Cells[i].Length > 0 ? row.Cells[i] : Header(i);
        Headers = merged;
        return true;
    }

    private void FindMarks(SheetRow row)
    {
        for (var i = 0; i < row.Cells.Length; i++)
            if (MarkOf(row.Cells[i]) is { } mark && Marks[mark - 2] < 0) Marks[mark - 2] = i;
    }

    /// <summary>2–5 for a heading that names only a mark: «2», «"2"», «% «2»», «Доля «2», %», «Отметка 5».</summary>
    private static int? MarkOf(string heading)
    {
        var key = Key(heading);
        foreach (var word in new[] { "доля", "отметки", "отметка", "оценка", "процент" }) key = key.Replace(word, "", StringComparison.Ordinal);
        var digits = new StringBuilder();
        foreach (var c in key)
            if (char.IsLetterOrDigit(c)) digits.Append(c);
        return digits.ToString() is ['2' or '3' or '4' or '5'] mark ? mark[0] - '0' : null;
    }

    /// <summary>A heading compared: lower case, «ё» as «е», without quotes, «%», «,» and runs of spaces.</summary>
    private static string Key(string heading)
    {
        var text = ExportContext.NameKey(heading.Replace('%', ' ').Replace(',', ' ').Replace('\'', ' '));
        return text.Trim('.', ':', ' ');
    }
}
