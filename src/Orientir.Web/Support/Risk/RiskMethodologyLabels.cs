namespace Orientir.Web.Support.Risk;

/// <summary>The Russian names of the SupportRisk settings on the methodology page, by path ("SupportRisk.Property").</summary>
public static class RiskMethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["SupportRisk"] = "Адресная поддержка: рисковый профиль",
    };
}
