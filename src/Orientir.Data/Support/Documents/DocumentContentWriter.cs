using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>
/// Checks a document's content and writes it onto the document and its rows. Rows whose id is kept stay the same rows,
/// so a measure keeps its status and an indicator its measured value; rows left out are deleted.
/// </summary>
internal sealed class DocumentContentWriter(OrientirDbContext db, DateOnly today)
{
    public async Task<string?> WriteAsync(SupportDocument document, DocumentInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) return "Название: укажите название документа.";
        var period = Period(document, input, out var from, out var to);
        if (period is not null) return period;

        var measures = await db.SupportMeasures.Where(m => m.DocumentId == document.Id).ToListAsync(cancellationToken);
        var indicators = await db.ProgrammeIndicators.Where(i => i.DocumentId == document.Id).ToListAsync(cancellationToken);
        var students = await db.RiskStudents.Where(s => s.DocumentId == document.Id).ToListAsync(cancellationToken);

        var measureRows = new List<(MeasureInput Input, DateOnly Deadline)>();
        foreach (var (m, n) in (input.Measures ?? []).Select((m, i) => (m, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(m.Title)) return $"Мероприятие {n}: не указано название.";
            if (string.IsNullOrWhiteSpace(m.Deadline)) return $"Мероприятие {n}: не указан срок.";
            if (!DocumentParsing.TryDate(m.Deadline, out var deadline)) return $"Мероприятие {n}: срок «{m.Deadline}» не дата (дд.мм.гггг).";
            if (string.IsNullOrWhiteSpace(m.Responsible)) return $"Мероприятие {n}: не указан ответственный.";
            if (m.Id is { } id && measures.All(e => e.Id != id)) return $"Мероприятие {n}: такого мероприятия нет в документе.";
            measureRows.Add((m, deadline));
        }

        var options = new Lazy<Task<IReadOnlyList<SystemIndicatorOption>>>(() => new SystemIndicators(db).OptionsAsync(document.SchoolId, document.Year, cancellationToken));
        var indicatorRows = new List<ProgrammeIndicator>();
        foreach (var (i, n) in (input.Indicators ?? []).Select((i, k) => (i, k + 1)))
        {
            var row = new ProgrammeIndicator { Name = i.Name?.Trim() ?? "", Unit = i.Unit?.Trim() ?? "", HigherIsBetter = i.HigherIsBetter };
            if (!string.IsNullOrWhiteSpace(i.SystemCode))
            {
                if (!SystemIndicator.TryParse(i.SystemCode, out var system)) return $"Показатель {n}: неизвестный системный показатель «{i.SystemCode}».";
                row.SystemCode = system.Code;
                row.Name = system.Name;
                row.Unit = "%";
                row.HigherIsBetter = system.HigherIsBetter;
                if (string.IsNullOrWhiteSpace(i.Baseline))
                {
                    var value = (await options.Value).FirstOrDefault(o => o.Code == system.Code)?.Value;
                    if (value is null) return $"Показатель {n}: у школы нет значения этого показателя за {document.Year} год — укажите базовое значение.";
                    row.Baseline = value.Value;
                }
            }
            else if (string.IsNullOrWhiteSpace(row.Name)) return $"Показатель {n}: не указано название.";
            if (!string.IsNullOrWhiteSpace(i.Baseline) || row.SystemCode is null)
            {
                if (string.IsNullOrWhiteSpace(i.Baseline)) return $"Показатель {n}: не указано базовое значение.";
                if (!DocumentParsing.TryNumber(i.Baseline, out var baseline)) return $"Показатель {n}: базовое значение не число.";
                row.Baseline = baseline;
            }
            if (string.IsNullOrWhiteSpace(i.Target)) return $"Показатель {n}: не указано целевое значение.";
            if (!DocumentParsing.TryNumber(i.Target, out var target)) return $"Показатель {n}: целевое значение не число.";
            row.Target = target;
            if (i.Id is { } id)
            {
                if (indicators.All(e => e.Id != id)) return $"Показатель {n}: такого показателя нет в документе.";
                row.Id = id;
            }
            indicatorRows.Add(row);
        }

        var studentRows = new List<(string Code, string Route)>();
        foreach (var (s, n) in (input.Students ?? []).Select((s, k) => (s, k + 1)))
        {
            var code = s.Code?.Trim() ?? "";
            if (code.Length == 0) return $"Обучающийся {n}: не указан код участника.";
            if (string.IsNullOrWhiteSpace(s.Route)) return $"Обучающийся {n}: не указан индивидуальный маршрут.";
            if (studentRows.Any(r => r.Code == code)) return $"Обучающийся {n}: код «{code}» указан дважды.";
            studentRows.Add((code, s.Route.Trim()));
        }
        var codes = studentRows.Select(r => r.Code).ToList();
        var known = await db.Works.AsNoTracking().Where(w => w.SchoolId == document.SchoolId && codes.Contains(w.Participant))
            .Select(w => w.Participant).Distinct().ToListAsync(cancellationToken);
        if (studentRows.Select((r, k) => (r.Code, N: k + 1)).FirstOrDefault(r => !known.Contains(r.Code)) is { Code: not null } unknown)
            return $"Обучающийся {unknown.N}: «{unknown.Code}» не код участника оценочных процедур школы. Указывайте только коды участников, не фамилии.";

        document.Title = input.Title.Trim();
        document.Goal = input.Goal?.Trim() ?? "";
        document.Tasks = string.Join('\n', (input.Tasks ?? "").Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0));
        document.Body = input.Body?.Trim() ?? "";
        document.PeriodFrom = from;
        document.PeriodTo = to;
        WriteMeasures(document.Id, measures, measureRows);
        WriteIndicators(document.Id, indicators, indicatorRows);
        WriteStudents(document.Id, students, studentRows);
        return null;
    }

    private static string? Period(SupportDocument document, DocumentInput input, out DateOnly? from, out DateOnly? to)
    {
        from = to = null;
        if (!string.IsNullOrWhiteSpace(input.PeriodFrom))
        {
            if (!DocumentParsing.TryDate(input.PeriodFrom, out var f)) return "Период: дата начала не дата (дд.мм.гггг).";
            from = f;
        }
        if (!string.IsNullOrWhiteSpace(input.PeriodTo))
        {
            if (!DocumentParsing.TryDate(input.PeriodTo, out var t)) return "Период: дата окончания не дата (дд.мм.гггг).";
            to = t;
        }
        if (from is { } a && to is { } b)
        {
            if (b <= a) return "Период: дата окончания должна быть позже даты начала.";
            // Domain.md §5: the medium-term programme runs one to two years.
            if (document.Kind == SupportDocumentKind.MediumTermProgramme && (b < a.AddYears(1).AddDays(-1) || b > a.AddYears(2)))
                return "Период: среднесрочная программа рассчитана на срок от 1 до 2 лет.";
        }
        return null;
    }

    private void WriteMeasures(int documentId, List<SupportMeasure> existing, List<(MeasureInput Input, DateOnly Deadline)> rows)
    {
        var kept = rows.Where(r => r.Input.Id is not null).Select(r => r.Input.Id!.Value).ToHashSet();
        db.SupportMeasures.RemoveRange(existing.Where(m => !kept.Contains(m.Id)));
        foreach (var (input, deadline) in rows)
        {
            var measure = input.Id is { } id ? existing.Single(m => m.Id == id) : db.SupportMeasures.Add(new SupportMeasure { DocumentId = documentId }).Entity;
            measure.Title = input.Title!.Trim();
            measure.Responsible = input.Responsible!.Trim();
            measure.Deadline = deadline;
            // A moved deadline decides afresh whether an unfinished measure is overdue.
            if (measure.Status != MeasureStatus.Done) measure.Status = deadline < today ? MeasureStatus.Overdue : MeasureStatus.Planned;
        }
    }

    private void WriteIndicators(int documentId, List<ProgrammeIndicator> existing, List<ProgrammeIndicator> rows)
    {
        var kept = rows.Where(r => r.Id != 0).Select(r => r.Id).ToHashSet();
        db.ProgrammeIndicators.RemoveRange(existing.Where(i => !kept.Contains(i.Id)));
        foreach (var row in rows)
        {
            var indicator = row.Id != 0 ? existing.Single(i => i.Id == row.Id) : db.ProgrammeIndicators.Add(new ProgrammeIndicator { DocumentId = documentId }).Entity;
            if (indicator.SystemCode != row.SystemCode)
            {
                indicator.Measured = null;
                indicator.MeasuredYear = null;
                indicator.MeasuredAtUtc = null;
            }
            indicator.Name = row.Name;
            indicator.SystemCode = row.SystemCode;
            indicator.Unit = row.Unit;
            indicator.HigherIsBetter = row.HigherIsBetter;
            indicator.Baseline = row.Baseline;
            indicator.Target = row.Target;
        }
    }

    private void WriteStudents(int documentId, List<RiskStudent> existing, List<(string Code, string Route)> rows)
    {
        db.RiskStudents.RemoveRange(existing.Where(s => rows.All(r => r.Code != s.StudentCode)));
        foreach (var (code, route) in rows)
        {
            var student = existing.FirstOrDefault(s => s.StudentCode == code) ?? db.RiskStudents.Add(new RiskStudent { DocumentId = documentId, StudentCode = code }).Entity;
            student.Route = route;
        }
    }
}
