using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Staff.Deficits;

/// <summary>A competence's measurement from one diagnostic score: the percent of the maximum against the deficit level.</summary>
public sealed record DiagnosticMeasurement(double Percent, double Level, bool IsDeficit, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// The diagnostic rule of docs/methodology.md §6: a competence scored below <see cref="StaffDevelopmentSettings.DiagnosticLevel"/>
/// percent of its maximum is a deficit.
/// </summary>
public static class DiagnosticDeficits
{
    public static DiagnosticMeasurement Measure(double score, double maxScore, StaffDevelopmentSettings settings)
    {
        // A diagnostic without a maximum scores nothing: the import refuses it, so this only guards stray rows.
        var percent = maxScore > 0 ? 100 * score / maxScore : 0;
        var level = settings.DiagnosticLevel;
        return new DiagnosticMeasurement(percent, level, percent < level,
        [
            new("score", score),
            new("max_score", maxScore),
            new("percent", percent),
            new("level", level),
        ]);
    }
}
