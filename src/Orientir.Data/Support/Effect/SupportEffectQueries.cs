using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support;
using Orientir.Analytics.Support.Effect;
using Orientir.Data.Database;
using Orientir.Data.Schools;

namespace Orientir.Data.Support.Effect;

/// <summary>
/// The effect of support and the exit proposals, in the actor's scope, under the methodology in force
/// (docs/methodology.md §5.4). Comparison schools are matched region-wide whoever asks; an actor who is not region-wide
/// sees their number and means but not which schools they are.
/// </summary>
public sealed class SupportEffectQueries(OrientirDbContext db)
{
    /// <summary>
    /// The effect of the school with <paramref name="code"/> in programme year <paramref name="year"/> (or the newest year
    /// it is on an approved list). Not found when the actor does not see it or it was never on an approved list.
    /// </summary>
    public async Task<ScopedResult<SchoolEffectView>> SchoolAsync(SupportActor actor, string code, int? year, CancellationToken cancellationToken = default)
    {
        var header = await new SupportSchoolQueries(db).HeaderAsync(actor, code, year, cancellationToken);
        if (header?.Year is not { } programmeYear) return ScopedResult<SchoolEffectView>.NotFound();
        var settings = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.SupportEffect;
        var input = await EffectData.LoadAsync(db, programmeYear, settings, cancellationToken);
        if (input is null) return ScopedResult<SchoolEffectView>.NotFound();
        var effect = DifferenceInDifferences.Estimate(input with { TargetSchoolIds = [header.SchoolId] }, settings).Single();
        var names = await NamesAsync(effect.Years.SelectMany(y => y.Comparisons).Select(c => c.SchoolId).Append(header.SchoolId), cancellationToken);
        return ScopedResult<SchoolEffectView>.Ok(View(effect, programmeYear, names, actor.Scope.IsRegionWide, settings));
    }

    /// <summary>
    /// The programme of <paramref name="year"/> (or the newest year with an approved list) over the target schools the
    /// actor sees. Not found when there is no approved list for the year.
    /// </summary>
    public async Task<ScopedResult<ProgrammeEffectView>> ProgrammeAsync(SupportActor actor, int? year, CancellationToken cancellationToken = default)
    {
        var years = await EffectData.YearsAsync(db, cancellationToken);
        var programmeYear = year ?? (years.Count > 0 ? years[0] : (int?)null);
        if (programmeYear is not { } y || !years.Contains(y)) return ScopedResult<ProgrammeEffectView>.NotFound();
        var settings = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.SupportEffect;
        var input = (await EffectData.LoadAsync(db, y, settings, cancellationToken))!;
        var visible = (await new SupportAccess(db).VisibleSchools(actor).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var schools = DifferenceInDifferences.Estimate(input with { TargetSchoolIds = input.TargetSchoolIds.Where(visible.Contains).ToList() }, settings);
        var names = await NamesAsync(schools.SelectMany(s => s.Years).SelectMany(e => e.Comparisons).Select(c => c.SchoolId).Concat(schools.Select(s => s.SchoolId)), cancellationToken);
        var views = schools.Select(s => View(s, y, names, actor.Scope.IsRegionWide, settings))
            .OrderBy(s => s.Exit is null).ThenBy(s => s.MunicipalityName, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return ScopedResult<ProgrammeEffectView>.Ok(new ProgrammeEffectView(y, years, actor.Scope.IsRegionWide, settings.ConfidenceLevel, settings.ExitYears,
            input.ResultYears.Where(t => t > y).ToList(), ProgrammeEffects.Combine(schools, settings), views));
    }

    private static SchoolEffectView View(SchoolEffect effect, int year, IReadOnlyDictionary<int, SchoolName> names, bool regionWide, SupportEffectSettings settings)
    {
        var school = names[effect.SchoolId];
        return new SchoolEffectView(school.Code, school.Name, school.Municipality, year, effect.Baseline, effect.BaselineWorks, effect.ContextIndex,
            effect.Years.Select(y => new EffectYear(y.Year, y.FollowUp, y.FollowUpWorks, y.Change, y.ComparisonChange, y.Did, y.StandardError,
                y.Lower, y.Upper, ExitRule.Holds(y, settings), Comparison(y.Comparisons, names, regionWide), y.Reason, y.Evidence)).ToList(),
            effect.Exit);
    }

    private static EffectComparison? Comparison(IReadOnlyList<ComparisonSchool> schools, IReadOnlyDictionary<int, SchoolName> names, bool regionWide) =>
        schools.Count == 0
            ? null
            : new EffectComparison(schools.Count, schools.Average(c => c.Baseline), schools.Average(c => c.Change), schools.Average(c => c.AdjustedChange),
                schools.Average(c => c.Distance),
                regionWide ? schools.Select(c => new EffectComparisonSchool(names[c.SchoolId].Code, names[c.SchoolId].Name, c.Baseline, c.Change, c.AdjustedChange, c.Distance)).ToList() : null);

    private async Task<IReadOnlyDictionary<int, SchoolName>> NamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Schools.AsNoTracking().Where(s => wanted.Contains(s.Id))
            .Select(s => new SchoolName(s.Id, s.Code, s.Name, s.Municipality!.Name))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    private sealed record SchoolName(int Id, string Code, string Name, string Municipality);
}
