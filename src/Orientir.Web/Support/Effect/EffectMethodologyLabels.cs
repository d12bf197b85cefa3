namespace Orientir.Web.Support.Effect;

/// <summary>The Russian names of the SupportEffect settings on the methodology page, by path ("SupportEffect.Property").</summary>
public static class EffectMethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["SupportEffect"] = "Адресная поддержка: эффект и выход из программы",
    };
}
