namespace Orientir.Analytics.Support;

/// <summary>
/// Whether a programme indicator is on track: it has a measured value, and that value has reached the target or
/// moved from the baseline towards it by at least <paramref name="minimumProgressShare"/> of the planned change.
/// One rule for the school's page, the curator's workspace, the progress views and the monitoring snapshots.
/// </summary>
public static class IndicatorTrack
{
    public static bool IsOnTrack(double baseline, double target, double? measured, bool higherIsBetter, double minimumProgressShare)
    {
        if (measured is not { } value || !double.IsFinite(value)) return false;
        var sign = higherIsBetter ? 1.0 : -1.0;
        if (sign * (value - target) >= 0) return true;
        var planned = sign * (target - baseline);
        if (planned <= 0) return false;
        return sign * (value - baseline) >= minimumProgressShare * planned && sign * (value - baseline) > 0;
    }
}
