using System.Text.Json;
using Orientir.Analytics.Schools;

namespace Orientir.Data.Schools;

/// <summary>The stored form of evidence: a list of {Key, Value}, or sections of such lists for a school's entry.</summary>
public static class EvidenceJson
{
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Write(IReadOnlyList<Evidence> evidence) => JsonSerializer.Serialize(evidence, Options);

    public static string Write(IReadOnlyDictionary<string, IReadOnlyList<Evidence>> sections) => JsonSerializer.Serialize(sections, Options);

    public static IReadOnlyList<Evidence> ReadList(string json) =>
        JsonSerializer.Deserialize<List<Evidence>>(json, Options) ?? [];

    public static IReadOnlyDictionary<string, IReadOnlyList<Evidence>> ReadSections(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, List<Evidence>>>(json, Options) ?? [])
            .ToDictionary(s => s.Key, s => (IReadOnlyList<Evidence>)s.Value);
}
