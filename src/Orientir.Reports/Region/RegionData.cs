using Microsoft.EntityFrameworkCore;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Data.Support.Effect;
using Orientir.Data.Support.Monitoring;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;

namespace Orientir.Reports.Region;

/// <summary>
/// Everything the region report reads, loaded once: the year's indicator sets, which municipality each school is in,
/// the lists of the run in force with their raised markers, the support programme and the region's dynamics.
/// Nothing here is per school and procedure beyond what the indicator sets already hold, so a region of a thousand
/// schools costs a few queries.
/// </summary>
public sealed record RegionData(
    int Year, IReadOnlyList<ProcedureIndicatorSet> Sets, IReadOnlyDictionary<string, string> MunicipalityOfSchool,
    IReadOnlyList<(string Code, string Name)> Municipalities,
    SchoolAnalysisRunInfo? Run, IReadOnlyList<SchoolAnalysisRow> Rows, MarkersByProcedure Markers,
    SupportProgress? Progress, ProgrammeEffectView? Effect, IReadOnlyList<DynamicsSeries>? Dynamics)
{
    public const int Steps = 5;

    public static async Task<RegionData> LoadAsync(ReportContext context, int year, CancellationToken cancellationToken)
    {
        context.Report("Показатели процедур", 0, Steps);
        var sets = await context.Indicators.YearAsync(year, cancellationToken: cancellationToken);
        // The region report is built for region-wide readers only, so the registry is read whole.
        var schools = await context.Db.Schools.AsNoTracking().Select(s => new { s.Code, Municipality = s.Municipality!.Code }).ToListAsync(cancellationToken);
        var municipalities = (await context.Db.Municipalities.AsNoTracking().Select(m => new { m.Code, m.Name }).ToListAsync(cancellationToken))
            .OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => (m.Code, m.Name)).ToList();

        context.Report("Списки школ", 1, Steps);
        var run = await context.Lists.RunAsync(year, cancellationToken);
        IReadOnlyList<SchoolAnalysisRow> rows = run is null ? [] : await context.Lists.RowsAsync(run.Id, cancellationToken);
        IReadOnlyList<MarkerRow> markers = run is null ? [] : await context.Lists.MarkersAsync(run.Id, raisedOnly: true, cancellationToken);

        context.Report("Адресная поддержка", 2, Steps);
        var actor = SupportSection.Actor(context);
        var progress = await new SupportProgressQueries(context.Db, context.Time).ProgressAsync(actor, year, cancellationToken);
        var effect = progress is not null ? await SupportSection.EffectAsync(context, actor, year, cancellationToken) : null;

        context.Report("Динамика", 3, Steps);
        var dynamics = await context.Indicators.DynamicsAsync(IndicatorLevel.Region, null, cancellationToken);
        context.Report("Текст отчёта", 4, Steps);
        return new RegionData(year, sets, schools.ToDictionary(s => s.Code, s => s.Municipality, StringComparer.Ordinal), municipalities,
            run, rows, new MarkersByProcedure(markers, sets.Select(s => s.Design)),
            progress, effect, dynamics);
    }

    /// <summary>How many schools of each municipality have works in the procedure.</summary>
    public IReadOnlyDictionary<string, int> SchoolsByMunicipality(ProcedureIndicatorSet set) =>
        set.Schools.GroupBy(s => MunicipalityOfSchool.GetValueOrDefault(s.Code, "")).ToDictionary(g => g.Key, g => g.Count());
}
