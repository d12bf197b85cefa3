using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Data.Support.Effect;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Effect;

public class SupportEffectQueriesTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_programme_effect_exists_for_each_follow_up_year_and_updates_when_a_new_year_is_imported(DatabaseProvider provider)
    {
        await using var region = await EffectRegion.CreateAsync(provider);
        var queries = new SupportEffectQueries(region.Db);

        var before = (await queries.ProgrammeAsync(EffectRegion.Analyst, null)).Value!;
        Assert.Equal(EffectRegion.ProgrammeYear, before.ProgrammeYear);
        Assert.Equal([2025], before.Years.Select(y => y.Year));
        Assert.NotNull(before.Years[0].Did);
        Assert.True(before.Years[0].Lower < before.Years[0].Did && before.Years[0].Did < before.Years[0].Upper);
        Assert.Equal(12, before.Schools.Count);
        Assert.True(before.Years[0].Schools >= 6, $"schools with an estimate: {before.Years[0].Schools}");
        var estimated = before.Schools.First(s => s.Years.Single().Did is not null);
        var year = estimated.Years.Single();
        Assert.Equal(year.Change!.Value - year.ComparisonChange!.Value, year.Did!.Value, 10);
        Assert.InRange(year.Comparison!.Count, 3, 5);
        Assert.Equal(year.Comparison.Count, year.Comparison.Schools!.Count);
        Assert.Contains(year.Evidence, e => e.Key == "did");

        await EffectRegion.ImportAsync(region.Database, [2023, 2024, 2025, 2026]);
        region.Db.ChangeTracker.Clear();
        var after = (await queries.ProgrammeAsync(EffectRegion.Analyst, EffectRegion.ProgrammeYear)).Value!;
        Assert.Equal([2025, 2026], after.Years.Select(y => y.Year));
        Assert.NotNull(after.Years[1].Did);
        // A later year's results do not move an earlier year's estimate: works are standardised within their own procedure.
        Assert.Equal(before.Years[0].Did!.Value, after.Years[0].Did!.Value, 10);
        var school = (await queries.SchoolAsync(EffectRegion.Analyst, estimated.Code, null)).Value!;
        Assert.Equal([2025, 2026], school.Years.Select(y => y.Year));
        Assert.Equal(year.Did!.Value, school.Years[0].Did!.Value, 10);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_municipal_officer_sees_the_programme_of_their_municipality_and_no_comparison_school_codes(DatabaseProvider provider)
    {
        await using var region = await EffectRegion.CreateAsync(provider);
        var queries = new SupportEffectQueries(region.Db);
        var all = (await queries.ProgrammeAsync(EffectRegion.Analyst, null)).Value!;
        var municipality = all.Schools.GroupBy(s => s.MunicipalityName).OrderByDescending(g => g.Count()).First();
        var municipalityId = await region.Db.Municipalities.Where(m => m.Name == municipality.Key).Select(m => m.Id).SingleAsync();
        var officer = EffectRegion.Officer(municipalityId);

        var own = (await queries.ProgrammeAsync(officer, null)).Value!;
        Assert.False(own.RegionWide);
        Assert.Equal(municipality.Select(s => s.Code).Order(), own.Schools.Select(s => s.Code).Order());
        Assert.All(own.Schools.SelectMany(s => s.Years).Where(y => y.Comparison is not null), y => Assert.Null(y.Comparison!.Schools));
        // The same estimate whoever asks (up to the database's order of summation).
        Assert.All(own.Schools, s => Assert.All(s.Years.Zip(all.Schools.Single(a => a.Code == s.Code).Years), pair =>
            Assert.Equal(pair.Second.Did ?? double.NaN, pair.First.Did ?? double.NaN, 9)));
        Assert.Equal(own.Schools.Count(s => s.Years[0].Did is not null), own.Years.Single().Schools);

        var outside = all.Schools.First(s => s.MunicipalityName != municipality.Key);
        Assert.Equal(ScopedOutcome.NotFound, (await queries.SchoolAsync(officer, outside.Code, null)).Outcome);
        var mine = municipality.First();
        Assert.Equal(ScopedOutcome.Ok, (await queries.SchoolAsync(officer, mine.Code, null)).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_school_never_on_a_list_has_no_effect_and_a_list_without_a_later_year_awaits_it(DatabaseProvider provider)
    {
        await using var region = await EffectRegion.CreateAsync(provider);
        var queries = new SupportEffectQueries(region.Db);
        var targets = (await queries.ProgrammeAsync(EffectRegion.Analyst, null)).Value!.Schools.Select(s => s.Code).ToHashSet();
        var other = await region.Db.Schools.Where(s => !targets.Contains(s.Code)).Select(s => s.Code).FirstAsync();
        Assert.Equal(ScopedOutcome.NotFound, (await queries.SchoolAsync(EffectRegion.Analyst, other, null)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await queries.ProgrammeAsync(EffectRegion.Analyst, 2030)).Outcome);

        var run = await region.Db.SchoolAnalysisRuns.Select(r => r.Id).SingleAsync();
        var otherId = await region.Db.Schools.Where(s => s.Code == other).Select(s => s.Id).SingleAsync();
        await EffectRegion.ApproveListAsync(region.Db, 2025, run, [otherId]);
        var latest = (await queries.ProgrammeAsync(EffectRegion.Analyst, null)).Value!;
        Assert.Equal(2025, latest.ProgrammeYear);
        Assert.Equal([2025, 2024], latest.ProgrammeYears);
        Assert.True(latest.AwaitsFollowUp);
        Assert.True((await queries.SchoolAsync(EffectRegion.Analyst, other, null)).Value!.AwaitsFollowUp);
    }
}
