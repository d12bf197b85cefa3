namespace Orientir.Analytics.Support;

/// <summary>Every threshold and rule of monitoring: the default stage dates, the overdue job, when an indicator is on track (part of the methodology version).</summary>
public sealed record MonitoringSettings
{
    public static MonitoringSettings Default { get; } = new();

    /// <summary>
    /// The share of the planned change (target − baseline) an indicator's measured value must have covered to be on
    /// track (<see cref="IndicatorTrack"/>); reaching the target is always on track. Default 0.5: half way by the time it is measured.
    /// </summary>
    public double MinimumProgressShare { get; init; } = 0.5;

    /// <summary>Days after its deadline a planned measure becomes overdue. Default 0: the day after the deadline.</summary>
    public int OverdueGraceDays { get; init; }

    /// <summary>
    /// The default entry stage date, in months after 1 September of the programme year (the list's year). Default 1:
    /// 1 October, once the school has written its documents.
    /// </summary>
    public int EntryStageMonths { get; init; } = 1;

    /// <summary>The default interim stage date, in months after 1 September of the programme year. Default 5: 1 February.</summary>
    public int InterimStageMonths { get; init; } = 5;

    /// <summary>
    /// The month of the default final stage, in months after September of the programme year; the stage is on the last
    /// day of that month. Default 9: 30 June, the end of the school year.
    /// </summary>
    public int FinalStageMonths { get; init; } = 9;

    /// <summary>The local hour (0–23) after which the daily monitoring job runs. Default 2 (at night).</summary>
    public int DailyRunHour { get; init; } = 2;

    /// <summary>How often, in minutes, the server checks whether the daily job is due. Default 60.</summary>
    public int JobCheckMinutes { get; init; } = 60;

    /// <summary>
    /// After the interim stage, a school with a smaller share of its indicators on track is a problem school on the
    /// municipal programme page (as is one with an overdue measure or a returned document). Default 0.5.
    /// </summary>
    public double ProblemOnTrackShare { get; init; } = 0.5;

    /// <summary>
    /// The three default stage dates of a programme year, from the months above: entry and interim on the first day of
    /// their month, the final on the last day of its month. A list takes them when it is formed; managers change them per list.
    /// </summary>
    public (DateOnly Entry, DateOnly Interim, DateOnly Final) DefaultStageDates(int year)
    {
        var start = new DateOnly(year, 9, 1);
        return (start.AddMonths(EntryStageMonths), start.AddMonths(InterimStageMonths), start.AddMonths(FinalStageMonths + 1).AddDays(-1));
    }

    /// <summary>Settings out of range, each as (property name, Russian problem), for the methodology's checks.</summary>
    public IEnumerable<(string Property, string Problem)> Problems()
    {
        if (!(MinimumProgressShare > 0 && MinimumProgressShare <= 1))
            yield return (nameof(MinimumProgressShare), "должно быть долей больше 0 и не больше 1 (например, 0,5)");
        if (OverdueGraceDays is < 0 or > 90) yield return (nameof(OverdueGraceDays), "должно быть от 0 до 90 дней");
        if (EntryStageMonths is < 0 or > 24) yield return (nameof(EntryStageMonths), "должно быть от 0 до 24 месяцев");
        if (InterimStageMonths <= EntryStageMonths || InterimStageMonths > 24)
            yield return (nameof(InterimStageMonths), "должно быть больше срока входного этапа и не больше 24 месяцев");
        if (FinalStageMonths <= InterimStageMonths || FinalStageMonths > 24)
            yield return (nameof(FinalStageMonths), "должно быть больше срока промежуточного этапа и не больше 24 месяцев");
        if (DailyRunHour is < 0 or > 23) yield return (nameof(DailyRunHour), "должно быть от 0 до 23");
        if (JobCheckMinutes is < 1 or > 1440) yield return (nameof(JobCheckMinutes), "должно быть от 1 до 1440 минут");
        if (!(ProblemOnTrackShare >= 0 && ProblemOnTrackShare <= 1))
            yield return (nameof(ProblemOnTrackShare), "должно быть долей от 0 до 1");
    }
}
