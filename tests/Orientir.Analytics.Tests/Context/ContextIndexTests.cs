using Orientir.Analytics.Context;
using Orientir.Analytics.Schools;
using Orientir.Domain.Registry;

namespace Orientir.Analytics.Tests.Context;

public class ContextIndexTests
{
    /// <summary>
    /// Twenty schools along a status from −2 to +2: each share a logistic function of it, with a small deterministic
    /// wobble per share so that the components are not identical.
    /// </summary>
    private static List<SchoolProfile> Region(int count = 20)
    {
        var schools = new List<SchoolProfile>();
        for (var i = 0; i < count; i++)
        {
            var status = -2 + 4.0 * i / (count - 1);
            double Share(double a, double b, int k) => Math.Round(100 / (1 + Math.Exp(-(a + b * (status + 0.2 * Math.Sin(i * 1.7 + k))))), 1);
            schools.Add(School(i + 1, new SocialPassport(Share(-1.5, 0.9, 1), Share(-1.4, -0.35, 2), Share(-2.9, -0.6, 3), Share(-1.4, -0.8, 4),
                Share(-3, -0.2, 5), Share(-3, -0.3, 6), Share(-4.3, -0.5, 7))));
        }
        return schools;
    }

    private static SchoolProfile School(int id, SocialPassport passport, SchoolType type = SchoolType.General) =>
        new(id, $"s{id}", 1, type, Locality.Urban, 500, passport);

    private static double EvidenceOf(SchoolContext school, string key) => school.Evidence.Single(e => e.Key == key).Value;

    [Theory]
    [InlineData(ContextWeighting.FixedWeights)]
    [InlineData(ContextWeighting.FirstPrincipalComponent)]
    public void More_low_income_families_give_a_lower_index(ContextWeighting weighting)
    {
        var schools = Region(40);
        var twin = schools[20];
        schools.Add(School(100, twin.Passport with { LowIncome = twin.Passport.LowIncome + 15 }));
        var result = ContextIndex.Compute(schools, ContextIndexSettings.Default with { Weighting = weighting });

        Assert.Equal(weighting, result.WeightingUsed);
        Assert.True(result.Of(100).Index < result.Of(twin.SchoolId).Index);
        Assert.True(result.Of(1).Index < result.Of(40).Index);
        Assert.All(result.Weights, w => Assert.True(w.Weight >= 0));
        Assert.Equal(1, result.Weights.Sum(w => w.Weight), 9);
    }

    [Fact]
    public void More_parents_with_higher_education_give_a_higher_index()
    {
        var schools = Region();
        var twin = schools[10];
        schools.Add(School(100, twin.Passport with { BothParentsHigherEducation = twin.Passport.BothParentsHigherEducation + 15 }));
        var result = ContextIndex.Compute(schools, ContextIndexSettings.Default);
        Assert.True(result.Of(100).Index > result.Of(twin.SchoolId).Index);
    }

    [Fact]
    public void A_school_missing_shares_is_indexed_by_the_rest_with_the_weights_renormalised()
    {
        var schools = Region();
        var full = schools[5];
        schools.Add(School(100, full.Passport with { SingleParent = null, Registered = null }));
        var settings = ContextIndexSettings.Default with { Weighting = ContextWeighting.FixedWeights };
        var result = ContextIndex.Compute(schools, settings);

        var partial = result.Of(100);
        Assert.Equal(5, partial.ComponentsUsed);
        Assert.DoesNotContain(partial.Evidence, e => e.Key == "passport_single_parent");
        var expected = new[] { "both_parents_higher_education", "unemployed_parents", "low_income", "non_native_russian", "disabilities" }
            .Average(name => EvidenceOf(partial, $"passport_{name}_z"));
        Assert.Equal(expected, partial.Index!.Value, 12);
    }

    [Fact]
    public void A_school_with_too_few_shares_has_no_index_and_is_not_placed()
    {
        var schools = Region();
        schools.Add(School(100, new SocialPassport(10, 30, null, null, null, 5, null)));
        schools.Add(School(101, SocialPassport.Unknown));
        var result = ContextIndex.Compute(schools, ContextIndexSettings.Default);

        foreach (var id in new[] { 100, 101 })
        {
            var school = result.Of(id);
            Assert.True(school.InsufficientData);
            Assert.Null(school.Percentile);
            Assert.False(school.Unfavourable);
            Assert.Null(school.Cluster);
            Assert.Equal(1, EvidenceOf(school, "context_insufficient_data"));
        }
        Assert.Equal(3, result.Of(100).ComponentsUsed);
        Assert.Equal(3, result.Schools.Count(s => s.Unfavourable));
    }

    [Fact]
    public void The_unfavourable_share_is_exact_and_takes_every_school_tied_at_the_cut_off()
    {
        var schools = Region();
        var exact = ContextIndex.Compute(schools, ContextIndexSettings.Default);
        Assert.Equal([1, 2, 3], exact.Schools.Where(s => s.Unfavourable).Select(s => s.SchoolId).Order());
        Assert.Equal(exact.Of(3).Index, exact.UnfavourableThreshold);

        schools[3] = School(4, schools[2].Passport);
        var tied = ContextIndex.Compute(schools, ContextIndexSettings.Default);
        Assert.Equal([1, 2, 3, 4], tied.Schools.Where(s => s.Unfavourable).Select(s => s.SchoolId).Order());
    }

    [Fact]
    public void Bottom_share_cut_off_is_the_kth_smallest_value()
    {
        Assert.Equal(2, BottomShare.CutOff([5, 1, 4, 2, 3, 6, 7, 8, 9, 10], 0.2));
        Assert.Equal(1, BottomShare.CutOff([3, 1, 2], 0.01));
        Assert.Equal([12.5, 37.5, 62.5, 87.5], BottomShare.Percentiles([4, 1, 2, 3]).Order());
    }

    [Fact]
    public void The_disabilities_share_of_a_special_school_is_not_read_as_social_disadvantage()
    {
        var schools = Region();
        var twin = schools[12];
        schools.Add(School(100, twin.Passport with { Disabilities = 95 }, SchoolType.Special));
        var result = ContextIndex.Compute(schools, ContextIndexSettings.Default with { Weighting = ContextWeighting.FixedWeights });

        Assert.Equal(6, result.Of(100).ComponentsUsed);
        Assert.False(result.Of(100).Unfavourable);
        Assert.Equal("special", result.Of(100).ProgrammeGroup);
    }

    [Fact]
    public void Clusters_are_the_programme_group_by_the_context_band()
    {
        var schools = Region(30);
        schools[29] = schools[29] with { Type = SchoolType.Gymnasium };
        var result = ContextIndex.Compute(schools, ContextIndexSettings.Default);

        Assert.Equal("general-1", result.Of(1).Cluster);
        Assert.Equal("general-2", result.Of(15).Cluster);
        Assert.Equal("advanced-3", result.Of(30).Cluster);
        Assert.Equal(10, result.Schools.Count(s => s.Band == 1));
        var quintiles = ContextIndex.Compute(schools, ContextIndexSettings.Default with { BandCount = 5 });
        Assert.Equal(5, quintiles.Of(30).Band);
        Assert.Equal(6, quintiles.Schools.Count(s => s.Band == 1));
    }

    [Fact]
    public void Too_few_complete_passports_fall_back_to_the_fixed_weights()
    {
        var result = ContextIndex.Compute(Region(), ContextIndexSettings.Default with { MinimumCompleteCases = 50 });
        Assert.Equal(ContextWeighting.FixedWeights, result.WeightingUsed);
        Assert.All(result.Weights, w => Assert.Equal(1.0 / 7, w.Weight, 12));
    }

    [Fact]
    public void Every_indexed_school_carries_its_index_percentile_and_threshold()
    {
        var result = ContextIndex.Compute(Region(), ContextIndexSettings.Default);
        var school = result.Of(2);
        Assert.Equal(school.Index!.Value, EvidenceOf(school, "context_index"));
        Assert.Equal(school.Percentile!.Value, EvidenceOf(school, "context_percentile"));
        Assert.Equal(result.UnfavourableThreshold!.Value, EvidenceOf(school, "context_unfavourable_threshold"));
        Assert.Equal(15, EvidenceOf(school, "context_unfavourable_share"));
        Assert.Equal(7, EvidenceOf(school, "context_components_used"));
    }
}
