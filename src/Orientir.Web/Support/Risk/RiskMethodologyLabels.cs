using Orientir.Analytics.Support.Risk;

namespace Orientir.Web.Support.Risk;

/// <summary>The Russian names of the SupportRisk settings on the methodology page, by path ("SupportRisk.Property"), and of the data evidence.</summary>
public static class RiskMethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["SupportRisk"] = "Адресная поддержка: рисковый профиль",
        ["SupportRisk.HighPercentile"] = "Процентиль высокого уровня риска по данным",
        ["SupportRisk.MediumPercentile"] = "Процентиль среднего уровня риска по данным",
        ["SupportRisk.MinimumWorks"] = "Минимум работ с отметкой для показателей доли «2»",
        ["SupportRisk.SelfHighMean"] = "Средний ответ анкеты для высокого уровня",
        ["SupportRisk.SelfMediumMean"] = "Средний ответ анкеты для среднего уровня",
        ["SupportRisk.MaxPriorityRisks"] = "Наибольшее число приоритетных рисков",
    };

    private static readonly IReadOnlyDictionary<string, string> Measures = new Dictionary<string, string>
    {
        [EvidenceKeys.TwosShare] = "доля работ с «2», %",
        [EvidenceKeys.StudentsWithTwoShare] = "доля обучающихся с хотя бы одной «2», %",
        [EvidenceKeys.DisabilitiesShare] = "доля обучающихся с ОВЗ, %",
        [EvidenceKeys.NonNativeShare] = "доля обучающихся, для которых русский язык не родной, %",
        [EvidenceKeys.MarkedWorks] = "работ с отметкой",
        [EvidenceKeys.ResultsYear] = "год результатов",
        [EvidenceKeys.Effect] = "эффект школы с учётом контекста",
        [EvidenceKeys.EffectUpper] = "верхняя граница интервала эффекта",
    };

    /// <summary>The Russian label of an evidence key, e.g. «доля работ с «2», %: порог высокого уровня в регионе».</summary>
    public static string Evidence(string key)
    {
        var dot = key.IndexOf('.');
        var measure = dot < 0 ? key : key[..dot];
        var name = Measures.TryGetValue(measure, out var label) ? label : measure;
        return (dot < 0 ? "" : key[(dot + 1)..]) switch
        {
            "" => name,
            "cut_medium" => $"{name}: порог среднего уровня в регионе",
            "cut_high" => $"{name}: порог высокого уровня в регионе",
            "percentile" => $"{name}: процентиль школы в регионе",
            var other => $"{name}: {other}",
        };
    }
}
