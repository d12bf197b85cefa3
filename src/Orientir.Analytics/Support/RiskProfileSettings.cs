namespace Orientir.Analytics.Support;

/// <summary>Every threshold and rule of the risk profile: how data and the questionnaire give a factor's level, how many priority risks a school picks (part of the methodology version).</summary>
public sealed record RiskProfileSettings
{
    public static RiskProfileSettings Default { get; } = new();

    /// <summary>Settings out of range, each as (property name, Russian problem), for the methodology's checks.</summary>
    public IEnumerable<(string Property, string Problem)> Problems() => [];
}
