using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using System.Text.Json.Serialization;
using Orientir.Analytics.Schools;
using Orientir.Data.Database;
using Orientir.Domain.Schools;

namespace Orientir.Data.Schools;

/// <summary>
/// Computes the school analytics of a year under the methodology in force and publishes the lists as a new run:
/// what `orientir analyze schools`, the «Пересчитать» button and <c>POST /api/schools/analysis/runs</c> do.
/// </summary>
public sealed class SchoolAnalysisPublisher(OrientirDbContext db)
{
    public const string ObjectivityJudgedKey = "judged_procedures";
    public const string ObjectivityMarkedKey = "procedures_with_markers";
    public const string ObjectivityRaisedKey = "raised_markers";

    private static readonly JsonSerializerOptions SummaryOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Whether the year has any procedure to analyse; publishing a year without one is refused by the callers.</summary>
    public Task<bool> HasProceduresAsync(int year, CancellationToken cancellationToken = default) =>
        db.Procedures.AnyAsync(p => p.Year == year, cancellationToken);

    public async Task<SchoolAnalysisRunInfo> PublishAsync(int year, string userName, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var methodology = await new MethodologyStore(db).CurrentAsync(cancellationToken);
        progress?.Report("Загрузка результатов");
        var input = await SchoolAnalysisLoader.LoadAsync(db, year, cancellationToken);
        var result = SchoolAnalysis.Run(input, methodology.Settings, progress);
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report("Публикация списков");
        var run = new SchoolAnalysisRun(year, methodology.Id, userName, DateTime.UtcNow, Summary(result));
        var entries = input.Schools.Select(s => Entry(result, s.SchoolId)).ToList();
        var markers = result.Objectivity.Markers.Select(m => new ObjectivityMarkerRecord
        {
            SchoolId = m.SchoolId, ProcedureCode = m.ProcedureCode, Kind = m.Kind.ToString(), Statistic = Finite(m.Statistic),
            Raised = m.Raised, EvidenceJson = EvidenceJson.Write(m.Evidence),
        }).ToList();
        var details = $"methodology={methodology.Number} schools={entries.Count} " +
                      $"low={entries.Count(e => e.LowResults)} unfavourable={entries.Count(e => e.Unfavourable)} " +
                      $"resilient={entries.Count(e => e.Resilient)} nonobjective={entries.Count(e => e.NonObjective)}";
        var id = await SchoolAnalysisRunWriter.WriteAsync(db, run, entries, markers, details, cancellationToken);
        // Results flagged as non-objective no longer measure their teachers (docs/methodology.md §6): measure them anew.
        await new Staff.Measurements.TeacherMeasurementUpdater(db, TimeProvider.System).UpdateAsync(userName, cancellationToken);
        return new SchoolAnalysisRunInfo(id, year, methodology.Number, userName, run.CreatedAtUtc, run.SummaryJson);
    }

    private static SchoolAnalysisEntry Entry(SchoolAnalysisResult result, int schoolId)
    {
        var context = result.Context.Of(schoolId);
        var level = result.Performance.Level?.Of(schoolId);
        var growth = result.Performance.Growth?.Of(schoolId);
        var low = result.LowResults.Of(schoolId);
        var resilience = result.Resilience.First(r => r.SchoolId == schoolId);
        var objectivity = result.Objectivity.Schools.First(s => s.SchoolId == schoolId);
        return new SchoolAnalysisEntry
        {
            SchoolId = schoolId,
            ContextIndex = context.Index,
            ContextPercentile = context.Percentile,
            Cluster = context.Cluster,
            Unfavourable = context.Unfavourable,
            LevelWorks = level?.Works ?? 0,
            LevelEffect = level?.Effect,
            LevelLower = level?.Lower,
            LevelUpper = level?.Upper,
            GrowthWorks = growth?.Works ?? 0,
            GrowthEffect = growth?.Effect,
            GrowthLower = growth?.Lower,
            GrowthUpper = growth?.Upper,
            LowResultsComposite = low.Years.FirstOrDefault(y => y.Year == result.Year)?.Composite,
            LowResults = low.LowResults,
            Resilient = resilience.Resilient,
            NonObjective = objectivity.Listed,
            MarkedProcedures = objectivity.ProceduresWithMarkers.Count,
            Markers = objectivity.RaisedMarkers,
            EvidenceJson = EvidenceJson.Write(new Dictionary<string, IReadOnlyList<Evidence>>
            {
                [EvidenceSections.Context] = context.Evidence,
                [EvidenceSections.Performance] = result.Performance.EvidenceOf(schoolId),
                [EvidenceSections.LowResults] = low.Evidence,
                [EvidenceSections.Resilience] = resilience.Evidence,
                [EvidenceSections.Objectivity] =
                [
                    new(ObjectivityJudgedKey, objectivity.JudgedProcedures.Count),
                    new(ObjectivityMarkedKey, objectivity.ProceduresWithMarkers.Count),
                    new(ObjectivityRaisedKey, objectivity.RaisedMarkers),
                ],
            }),
        };
    }

    /// <summary>What holds for the whole region, for the run's page and the reports.</summary>
    private static string Summary(SchoolAnalysisResult result) => JsonSerializer.Serialize(new
    {
        context = new { weighting = result.Context.WeightingUsed, weights = result.Context.Weights, unfavourableThreshold = result.Context.UnfavourableThreshold },
        performance = new
        {
            level = result.Performance.Level?.Summary,
            growth = result.Performance.Growth?.Summary,
            schoolsWithoutContextIndex = result.Performance.SchoolsWithoutContextIndex,
        },
        lowResults = result.LowResults.Years,
        objectivity = new { procedures = result.Objectivity.Procedures, listed = result.Objectivity.Schools.Count(s => s.Listed) },
    }, SummaryOptions);

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
