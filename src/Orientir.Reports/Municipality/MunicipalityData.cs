using Microsoft.EntityFrameworkCore;
using Orientir.Data.Registry;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Data.Support.Effect;
using Orientir.Data.Support.Monitoring;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;

namespace Orientir.Reports.Municipality;

/// <summary>A procedure of the year with the municipality's own group and its schools' groups.</summary>
public sealed record MunicipalProcedure(ProcedureIndicatorSet Set, LevelIndicators Group, IReadOnlyList<LevelIndicators> Schools);

/// <summary>Everything the municipality report reads, each through the reader's scoped queries, loaded once.</summary>
public sealed record MunicipalityData(
    string Code, string Name, int Year, int SchoolCount,
    IReadOnlyList<MunicipalProcedure> Procedures,
    SchoolAnalysisRunInfo? Run, IReadOnlyList<SchoolAnalysisRow> Rows, MarkersByProcedure Markers,
    MunicipalProgramme? Programme, ProgrammeEffectView? Effect, IReadOnlyList<DynamicsSeries>? Dynamics)
{
    public const int Steps = 5;

    /// <summary>Null when the municipality does not exist or is out of the reader's scope.</summary>
    public static async Task<MunicipalityData?> LoadAsync(ReportContext context, string code, int year, CancellationToken cancellationToken)
    {
        var registry = new RegistryQueries(context.Db, context.Scope);
        var municipality = await registry.MunicipalityAsync(code, cancellationToken);
        if (municipality is null) return null;
        // Found in scope above; the id only narrows the support queries to this municipality.
        var id = await context.Db.Municipalities.AsNoTracking().Where(m => m.Code == code).Select(m => m.Id).SingleAsync(cancellationToken);
        var schoolCodes = municipality.Schools.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);

        context.Report("Показатели процедур", 0, Steps);
        var sets = await context.Indicators.YearAsync(year, cancellationToken: cancellationToken);
        var procedures = sets
            .Select(set => (set, group: set.Municipalities.FirstOrDefault(m => m.Code == code)))
            .Where(p => p.group is not null)
            .Select(p => new MunicipalProcedure(p.set, p.group!, p.set.Schools.Where(s => schoolCodes.Contains(s.Code)).ToList()))
            .ToList();

        context.Report("Списки школ", 1, Steps);
        var run = await context.Lists.RunAsync(year, cancellationToken);
        IReadOnlyList<SchoolAnalysisRow> rows = [];
        IReadOnlyList<MarkerRow> markers = [];
        if (run is not null)
        {
            rows = (await context.Lists.RowsAsync(run.Id, cancellationToken)).Where(r => r.MunicipalityCode == code).ToList();
            markers = (await context.Lists.MarkersAsync(run.Id, raisedOnly: true, cancellationToken)).Where(m => schoolCodes.Contains(m.SchoolCode)).ToList();
        }

        context.Report("Адресная поддержка", 2, Steps);
        var actor = SupportSection.Actor(context, id);
        var programme = await new SupportProgressQueries(context.Db, context.Time).MunicipalProgrammeAsync(actor, code, year, cancellationToken);
        var effect = programme.Succeeded ? await SupportSection.EffectAsync(context, actor, year, cancellationToken) : null;

        context.Report("Динамика", 3, Steps);
        var dynamics = await context.Indicators.DynamicsAsync(IndicatorLevel.Municipality, code, cancellationToken);
        context.Report("Текст отчёта", 4, Steps);
        return new MunicipalityData(municipality.Code, municipality.Name, year, municipality.Schools.Count, procedures, run, rows,
            new MarkersByProcedure(markers, sets.Select(s => s.Design)), programme.Succeeded ? programme.Value : null, effect, dynamics);
    }
}
