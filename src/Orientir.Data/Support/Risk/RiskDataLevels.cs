using System.Text.Json;
using Orientir.Analytics.Support;
using Orientir.Analytics.Support.Risk;
using Orientir.Data.Database;

namespace Orientir.Data.Support.Risk;

/// <summary>The data levels of a school by factor code: which measure speaks to which factor (docs/methodology.md §5.2).</summary>
internal static class RiskDataLevels
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyDictionary<string, DataLevel>> ForSchoolAsync(
        OrientirDbContext db, int schoolId, int year, RiskProfileSettings settings, CancellationToken cancellationToken)
    {
        var resultsYear = await RiskDataMeasures.ResultsYearAsync(db, year, cancellationToken);
        var region = await RiskDataMeasures.LoadAsync(db, year, resultsYear, cancellationToken);
        var levels = RiskLevels.ForRegion(region, settings).GetValueOrDefault(schoolId) ?? SchoolDataLevels.None;
        var byFactor = new Dictionary<string, DataLevel>();
        Add(byFactor, RiskReferenceData.StudentsAtRisk, levels.StudentsAtRisk is { } students && resultsYear is { } y
            ? students with { Evidence = [.. students.Evidence, new Evidence(EvidenceKeys.ResultsYear, y)] }
            : null);
        Add(byFactor, RiskReferenceData.Disabilities, levels.Disabilities);
        Add(byFactor, RiskReferenceData.LanguageBarriers, levels.LanguageBarriers);
        Add(byFactor, RiskReferenceData.TeacherCompetence, levels.TeacherCompetence);
        return byFactor;
    }

    public static string Write(IReadOnlyList<Evidence> evidence) => JsonSerializer.Serialize(evidence, Json);

    public static IReadOnlyList<Evidence> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<Evidence>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Add(Dictionary<string, DataLevel> byFactor, string code, DataLevel? level)
    {
        if (level is not null) byFactor[code] = level;
    }
}
