using System.Text.Json;
using System.Text.Json.Serialization;
using Orientir.Analytics.Schools;

namespace Orientir.Data.Schools;

/// <summary>
/// The stored form of a methodology: indented JSON with enum names, so that a version reads as a document. Reading
/// ignores settings a later release dropped and gives settings it added their defaults, so old versions still load.
/// </summary>
public static class MethodologyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(SchoolAnalysisSettings settings) => JsonSerializer.Serialize(settings, Options);

    public static SchoolAnalysisSettings Read(string json) =>
        JsonSerializer.Deserialize<SchoolAnalysisSettings>(json, Options) ?? SchoolAnalysisSettings.Default;

    /// <summary>
    /// Reads JSON that a user wrote: the error names the line and position of the first syntax problem, or every
    /// setting out of its range (<see cref="MethodologyRules"/>).
    /// </summary>
    public static bool TryRead(string json, out SchoolAnalysisSettings? settings, out string? error)
    {
        try
        {
            settings = Read(json);
            var problems = MethodologyRules.Check(settings);
            error = problems.Count == 0 ? null : string.Join("; ", problems);
            if (error is not null) settings = null;
            return error is null;
        }
        catch (JsonException e)
        {
            settings = null;
            error = $"строка {(e.LineNumber ?? 0) + 1}, позиция {(e.BytePositionInLine ?? 0) + 1}: {e.Message}";
            return false;
        }
    }
}
