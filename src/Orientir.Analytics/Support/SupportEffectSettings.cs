namespace Orientir.Analytics.Support;

/// <summary>Every threshold and rule of the effect of support: the outcome, the matching of comparison schools, the difference in differences, the exit rule (part of the methodology version).</summary>
public sealed record SupportEffectSettings
{
    public static SupportEffectSettings Default { get; } = new();

    /// <summary>Settings out of range, each as (property name, Russian problem), for the methodology's checks.</summary>
    public IEnumerable<(string Property, string Problem)> Problems() => [];
}
