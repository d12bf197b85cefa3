using Orientir.Analytics.Indicators;
using Orientir.Domain.Results;

namespace Orientir.Data.Results;

/// <summary>
/// The indicators of a procedure without works from its schools' aggregates (docs/methodology.md «Aggregated
/// results»), laid out and scoped exactly as the indicators from works: the region sums every school, a municipality
/// its schools, and only the scope's groups are listed.
/// </summary>
public sealed partial class IndicatorQueries
{
    /// <summary>The set of a procedure: from its works, or from its aggregates when it has no works but has them.</summary>
    private async Task<ProcedureIndicatorSet> SetAsync(AssessmentProcedure procedure, Layout layout, CancellationToken cancellationToken)
    {
        var entry = await StatsAsync(procedure, cancellationToken);
        if (entry.Version.Count > 0) return Set(entry, layout);
        var aggregates = await AggregatesLoader.LoadAsync(Db, procedure.Id, cancellationToken);
        return aggregates.Count == 0 ? Set(entry, layout) : AggregateSet(entry.Design, aggregates, layout);
    }

    private ProcedureIndicatorSet AggregateSet(ProcedureDesign design, IReadOnlyList<SchoolAggregate> aggregates, Layout layout)
    {
        var bySchool = aggregates.ToDictionary(a => a.SchoolId);
        var region = new LevelIndicators(IndicatorLevel.Region, RegionCode, RegionName,
            AggregateIndicators.Indicators(design, AggregateIndicators.Sum(aggregates), Settings));

        var municipalities = new List<LevelIndicators>();
        foreach (var municipality in layout.Municipalities)
        {
            if (!layout.ScopedMunicipalities.Contains(municipality.Id)) continue;
            var stats = AggregateIndicators.Sum(layout.SchoolsOf(municipality.Id)
                .Select(s => bySchool.GetValueOrDefault(s.Id)).OfType<SchoolAggregate>());
            if (stats.Participants == 0) continue;
            municipalities.Add(new LevelIndicators(IndicatorLevel.Municipality, municipality.Code, municipality.Name,
                AggregateIndicators.Indicators(design, stats, Settings)));
        }

        var schools = new List<LevelIndicators>();
        foreach (var school in layout.Schools)
        {
            if (!layout.ScopedSchools.Contains(school.Id) || !bySchool.TryGetValue(school.Id, out var aggregate) || aggregate.Participants == 0)
                continue;
            schools.Add(new LevelIndicators(IndicatorLevel.School, school.Code, school.Name,
                AggregateIndicators.Indicators(design, AggregateIndicators.Sum([aggregate]), Settings)));
        }
        return new ProcedureIndicatorSet(design, region, municipalities, schools);
    }

    /// <summary>A group's indicators for the dynamics: from its schools' aggregates when the procedure has no works.</summary>
    private async Task<ProcedureIndicators?> DynamicsIndicatorsAsync(AssessmentProcedure procedure, HashSet<int>? groupSchools,
        CancellationToken cancellationToken)
    {
        var entry = await StatsAsync(procedure, cancellationToken);
        if (entry.Version.Count > 0)
        {
            var stats = IndicatorCalculator.Sum(entry.Design, groupSchools is null
                ? entry.BySchool.Values
                : entry.BySchool.Where(p => groupSchools.Contains(p.Key)).Select(p => p.Value));
            return stats.Participants > 0 ? IndicatorCalculator.Indicators(entry.Design, stats, Settings) : null;
        }
        var aggregates = await AggregatesLoader.LoadAsync(Db, procedure.Id, cancellationToken);
        var sum = AggregateIndicators.Sum(groupSchools is null ? aggregates : aggregates.Where(a => groupSchools.Contains(a.SchoolId)));
        return sum.Participants > 0 ? AggregateIndicators.Indicators(entry.Design, sum, Settings) : null;
    }
}
