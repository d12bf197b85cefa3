using System.Globalization;
using Orientir.Data.Support.Documents;

namespace Orientir.Web.Support.Documents;

/// <summary>
/// The editor's working copy of a document: plain strings the fields bind to, turned into a <see cref="DocumentInput"/>
/// for the command, which does all the checking. Dates are ISO (yyyy-MM-dd), as an input of type date gives them.
/// </summary>
public sealed class DocumentForm
{
    public string Title { get; set; } = "";
    public string Goal { get; set; } = "";
    public string Tasks { get; set; } = "";
    public string Body { get; set; } = "";
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public List<MeasureRow> Measures { get; } = [];
    public List<IndicatorRow> Indicators { get; } = [];
    public List<StudentRow> Students { get; } = [];

    public static DocumentForm Of(DocumentDetail d)
    {
        var form = new DocumentForm
        {
            Title = d.Title, Goal = d.Goal, Tasks = d.Tasks, Body = d.Body, PeriodFrom = Iso(d.PeriodFrom), PeriodTo = Iso(d.PeriodTo),
        };
        form.Measures.AddRange(d.Measures.Select(m => new MeasureRow { Id = m.Id, Title = m.Title, Deadline = Iso(m.Deadline), Responsible = m.Responsible }));
        form.Indicators.AddRange(d.Indicators.Select(i => new IndicatorRow
        {
            Id = i.Id, Name = i.Name, Unit = i.Unit, HigherIsBetter = i.HigherIsBetter, SystemCode = i.SystemCode ?? "",
            Baseline = DocumentParsing.Number(i.Baseline), Target = DocumentParsing.Number(i.Target),
        }));
        form.Students.AddRange(d.Students.Select(s => new StudentRow { Code = s.Code, Route = s.Route }));
        return form;
    }

    public DocumentInput ToInput() => new(Title, Goal, Tasks, Body, PeriodFrom, PeriodTo,
        Measures.Select(m => new MeasureInput(m.Id, m.Title, m.Deadline, m.Responsible)).ToList(),
        Indicators.Select(i => new IndicatorInput(i.Id, i.Name, i.Unit, i.HigherIsBetter, i.Baseline, i.Target, string.IsNullOrEmpty(i.SystemCode) ? null : i.SystemCode)).ToList(),
        Students.Select(s => new RiskStudentInput(s.Code, s.Route)).ToList());

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed class MeasureRow
    {
        public int? Id { get; set; }
        public string Title { get; set; } = "";
        public string? Deadline { get; set; }
        public string Responsible { get; set; } = "";
    }

    public sealed class IndicatorRow
    {
        public int? Id { get; set; }
        /// <summary>Empty for an indicator the school names and measures itself.</summary>
        public string SystemCode { get; set; } = "";
        public string Name { get; set; } = "";
        public string Unit { get; set; } = "";
        public bool HigherIsBetter { get; set; } = true;
        public string? Baseline { get; set; }
        public string? Target { get; set; }
    }

    public sealed class StudentRow
    {
        public string Code { get; set; } = "";
        public string Route { get; set; } = "";
    }
}
