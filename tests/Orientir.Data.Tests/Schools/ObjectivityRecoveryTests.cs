using System.Diagnostics;
using Orientir.Analytics.Objectivity;
using Orientir.Domain.Registry;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Schools;

/// <summary>
/// The non-objectivity list against the planted truth (docs/demo-generator.md): the listed schools of 2025 are the
/// planted inflated_vpr schools. Recall is over the judged inflated schools — those with at least
/// <see cref="ObjectivitySettings.MinimumProceduresWithMarkers"/> procedures of the year judged (≥ the minimum of works),
/// since a school judged in fewer procedures cannot be listed by the default rule; the tests report how many were not.
/// </summary>
public class ObjectivityRecoveryTests(ITestOutputHelper output)
{
    public static TheoryData<int> Seeds => new(PlantedRegion.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Lists_the_planted_inflating_schools_and_neither_lenient_journals_nor_strong_gymnasiums(int seed)
    {
        var region = await PlantedRegion.OfSeedAsync(seed);
        var settings = ObjectivitySettings.Default;
        var clock = Stopwatch.StartNew();
        var result = ObjectivityAnalysis.Run(region.Input, settings);
        clock.Stop();

        var profiles = region.Input.Schools.ToDictionary(s => s.SchoolId);
        var rows = result.Schools.Select(r => (Row: r, Truth: region.TruthOf(r.SchoolId), Profile: profiles[r.SchoolId])).ToList();
        var listable = rows.Where(r => r.Row.JudgedProcedures.Count >= settings.MinimumProceduresWithMarkers).ToList();
        var planted = rows.Count(r => r.Truth.InflatedVpr);
        var judgedPlanted = listable.Count(r => r.Truth.InflatedVpr);
        var listed = rows.Where(r => r.Row.Listed).ToList();
        var truePositives = listed.Count(r => r.Truth.InflatedVpr);
        var precision = listed.Count == 0 ? 0 : truePositives / (double)listed.Count;
        var recall = judgedPlanted == 0 ? 0 : listable.Count(r => r.Truth.InflatedVpr && r.Row.Listed) / (double)judgedPlanted;
        var lenientListed = listed.Count(r => r.Truth.LenientJournal && !r.Truth.InflatedVpr);
        var strongListed = listed.Count(r => !r.Truth.InflatedVpr && r.Profile.Type is SchoolType.Gymnasium or SchoolType.Lyceum);

        output.WriteLine($"seed {seed}: {clock.ElapsedMilliseconds} ms, {result.Markers.Count} markers; planted {planted}, judged {judgedPlanted}, " +
                         $"listed {listed.Count}, true {truePositives}; precision {precision:F3}, recall {recall:F3}; " +
                         $"false alarms {listed.Count - truePositives} (lenient {lenientListed}, gymnasium/lyceum {strongListed})");
        output.WriteLine($"  schools judged in fewer than {settings.MinimumProceduresWithMarkers} procedures (cannot be listed): " +
                         $"{rows.Count - listable.Count} of {rows.Count}, of them planted inflated {planted - judgedPlanted}");
        bool Strong(int schoolId) => profiles[schoolId].Type is SchoolType.Gymnasium or SchoolType.Lyceum && !region.TruthOf(schoolId).InflatedVpr;
        bool LenientOnly(int schoolId) => region.TruthOf(schoolId).LenientJournal && !region.TruthOf(schoolId).InflatedVpr;
        foreach (var kind in Enum.GetValues<MarkerKind>())
        {
            var ofKind = result.Markers.Where(m => m.Kind == kind).ToList();
            var inflated = ofKind.Where(m => region.TruthOf(m.SchoolId).InflatedVpr).ToList();
            var honest = ofKind.Where(m => !region.TruthOf(m.SchoolId).InflatedVpr).ToList();
            output.WriteLine($"  {kind}: raised in {inflated.Count(m => m.Raised)}/{inflated.Count} inflated school×procedures, " +
                             $"{honest.Count(m => m.Raised)}/{honest.Count} honest (gymnasium/lyceum {honest.Count(m => m.Raised && Strong(m.SchoolId))}/" +
                             $"{honest.Count(m => Strong(m.SchoolId))}, lenient journal {honest.Count(m => m.Raised && LenientOnly(m.SchoolId))}/{honest.Count(m => LenientOnly(m.SchoolId))})");
        }
        foreach (var r in rows.Where(r => r.Truth.InflatedVpr != r.Row.Listed))
            output.WriteLine($"  {(r.Row.Listed ? "false alarm" : "missed")} {r.Truth.Code} {r.Profile.Type} judged {r.Row.JudgedProcedures.Count} " +
                             $"markers {r.Row.RaisedMarkers} in {r.Row.ProceduresWithMarkers.Count}; lenient {r.Truth.LenientJournal}; " +
                             string.Join(", ", result.Markers.Where(m => m.SchoolId == r.Row.SchoolId && m.Raised).Select(m => $"{m.ProcedureCode}:{m.Kind}")));

        Assert.True(precision >= 0.85, $"precision {precision:F3}");
        Assert.True(recall >= 0.85, $"recall {recall:F3}");
        Assert.Equal(0, lenientListed);
        Assert.Equal(0, strongListed);
    }
}
