namespace Orientir.Analytics.Support;

/// <summary>Every threshold and rule of the risk profile: how data and the questionnaire give a factor's level, how many priority risks a school picks (part of the methodology version).</summary>
public sealed record RiskProfileSettings
{
    public static RiskProfileSettings Default { get; } = new();

    /// <summary>
    /// A school whose measure is at or above this percentile of the region's schools has a high data level (0.8: the
    /// top fifth of the region, the share the federal project expects to need the most attention).
    /// </summary>
    public double HighPercentile { get; init; } = 0.8;

    /// <summary>At or above this percentile (and below <see cref="HighPercentile"/>) the data level is medium (0.5: the upper half).</summary>
    public double MediumPercentile { get; init; } = 0.5;

    /// <summary>
    /// The fewest marked works of the programme year a school needs for the «2» measures to give a level: with fewer,
    /// one or two «2» would swing the share across the whole range.
    /// </summary>
    public int MinimumWorks { get; init; } = 10;

    /// <summary>A factor's self-assessment level is high when the mean answer (1–4) of its questions is at least this (3.25: mostly «да»).</summary>
    public double SelfHighMean { get; init; } = 3.25;

    /// <summary>The self-assessment level is medium when the mean answer is at least this (2.5: the middle of the 1–4 scale, more «да» than «нет»).</summary>
    public double SelfMediumMean { get; init; } = 2.5;

    /// <summary>How many priority risks a school may choose (the federal project's methodology asks for up to three).</summary>
    public int MaxPriorityRisks { get; init; } = 3;

    /// <summary>Settings out of range, each as (property name, Russian problem), for the methodology's checks.</summary>
    public IEnumerable<(string Property, string Problem)> Problems()
    {
        if (!(MediumPercentile > 0 && MediumPercentile < 1))
            yield return (nameof(MediumPercentile), "должно быть долей больше 0 и меньше 1 (например, 0,5)");
        if (!(HighPercentile > 0 && HighPercentile < 1))
            yield return (nameof(HighPercentile), "должно быть долей больше 0 и меньше 1 (например, 0,8)");
        else if (!(HighPercentile > MediumPercentile))
            yield return (nameof(HighPercentile), "должно быть больше процентиля среднего уровня");
        if (MinimumWorks < 1) yield return (nameof(MinimumWorks), "должно быть не меньше 1");
        if (!(SelfMediumMean >= 1 && SelfMediumMean <= 4))
            yield return (nameof(SelfMediumMean), "должно быть от 1 до 4");
        if (!(SelfHighMean >= 1 && SelfHighMean <= 4))
            yield return (nameof(SelfHighMean), "должно быть от 1 до 4");
        else if (!(SelfHighMean > SelfMediumMean))
            yield return (nameof(SelfHighMean), "должно быть больше порога среднего уровня");
        if (MaxPriorityRisks is < 1 or > 11) yield return (nameof(MaxPriorityRisks), "должно быть от 1 до 11");
    }
}
