namespace Orientir.Domain.Registry;

/// <summary>
/// The school's social passport (социальный паспорт ОО): seven shares in percent, 0–100.
/// A null share is unknown, not zero.
/// </summary>
public sealed record SocialPassport(
    double? BothParentsHigherEducation,
    double? SingleParent,
    double? UnemployedParents,
    double? LowIncome,
    double? NonNativeRussian,
    double? Disabilities,
    double? Registered)
{
    public static SocialPassport Unknown { get; } = new(null, null, null, null, null, null, null);

    public IEnumerable<double?> Shares =>
        [BothParentsHigherEducation, SingleParent, UnemployedParents, LowIncome, NonNativeRussian, Disabilities, Registered];
}
