using System.Text.Json;
using Orientir.Analytics.Context;
using Orientir.Analytics.LowResults;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.Context;

public class SettingsJsonTests
{
    [Fact]
    public void Context_settings_round_trip_through_json()
    {
        var settings = ContextIndexSettings.Default with
        {
            Weighting = ContextWeighting.FixedWeights,
            FixedWeights = [2, 1, 1, 1, 0, 1, 1],
            BandCount = 5,
            ProgrammeGroups = new Dictionary<SchoolType, string> { [SchoolType.General] = "general", [SchoolType.Small] = "rural-small" },
        };
        var back = JsonSerializer.Deserialize<ContextIndexSettings>(JsonSerializer.Serialize(settings))!;

        Assert.Equal(ContextWeighting.FixedWeights, back.Weighting);
        Assert.Equal([2.0, 1, 1, 1, 0, 1, 1], back.FixedWeights);
        Assert.Equal(5, back.BandCount);
        Assert.Equal(0.15, back.UnfavourableShare);
        Assert.Equal("rural-small", back.ProgrammeGroups[SchoolType.Small]);
    }

    [Fact]
    public void Low_results_settings_round_trip_through_json()
    {
        var settings = LowResultsSettings.Default with
        {
            KeyProcedures = [new(ProcedureKind.Oge, "RU", 9, 2), new(ProcedureKind.Ege, "MA", 11)],
            Rule = LowResultsRule.BottomInEachYear,
            ConsecutiveYears = 3,
        };
        var back = JsonSerializer.Deserialize<LowResultsSettings>(JsonSerializer.Serialize(settings))!;

        Assert.Equal(settings.KeyProcedures, back.KeyProcedures);
        Assert.Equal(LowResultsRule.BottomInEachYear, back.Rule);
        Assert.Equal(3, back.ConsecutiveYears);
        Assert.Equal(settings.IndependentKinds, back.IndependentKinds);
        Assert.Equal(0.10, back.BottomShare);
    }
}
