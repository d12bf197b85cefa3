using System.Globalization;
using Orientir.Analytics.Schools;
using Orientir.Data.Schools;

namespace Orientir.Web.Schools;

/// <summary>
/// The Russian names of the evidence keys, the evidence sections and the markers of non-objectivity. A key the map
/// does not know is shown as it is, so that a number added to the analytics is never hidden from the reader.
/// </summary>
public static class EvidenceLabels
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Evidence key → Russian label (docs/methodology.md names the meaning of each).</summary>
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>
    {
        // Context: ИСБШ, ШНСУ, clusters.
        ["context_index"] = "ИСБШ",
        ["context_percentile"] = "Процентиль ИСБШ в регионе",
        ["unfavourable_cutoff"] = "Порог ШНСУ (ИСБШ)",
        ["unfavourable_share"] = "Доля школ в ШНСУ",
        ["passport_components"] = "Показателей паспорта",
        ["cluster_size"] = "Школ в кластере",
        ["both_parents_higher_education"] = "Оба родителя с высшим образованием, %",
        ["single_parent"] = "Неполные семьи, %",
        ["unemployed_parents"] = "Семьи с безработными родителями, %",
        ["low_income"] = "Малообеспеченные семьи, %",
        ["non_native_russian"] = "Родной язык не русский, %",
        ["disabilities"] = "Обучающиеся с ОВЗ, %",
        ["registered"] = "Состоят на учёте, %",
        // Performance and growth.
        ["effect"] = "Эффект школы",
        ["lower"] = "Нижняя граница 95 %",
        ["upper"] = "Верхняя граница 95 %",
        ["standard_error"] = "Стандартная ошибка",
        ["works"] = "Работ в модели",
        ["shrinkage"] = "Коэффициент сжатия λ",
        ["raw_residual"] = "Отклонение от ожидаемого (до сжатия)",
        ["expected"] = "Ожидаемый результат",
        ["observed"] = "Фактический результат",
        ["tau2"] = "Дисперсия между школами τ²",
        ["sigma2"] = "Дисперсия внутри школ σ²",
        ["cluster_rank"] = "Место среди сопоставимых школ",
        ["region_median_effect"] = "Медиана эффектов в регионе",
        // ШНОР.
        ["composite"] = "Сводный показатель результатов",
        ["composite_percentile"] = "Процентиль сводного показателя",
        ["low_cutoff"] = "Порог ШНОР",
        ["low_years"] = "Лет подряд в нижней части",
        ["participants"] = "Участников",
        ["share_of_two"] = "Доля «2»",
        ["mean_percent"] = "Средний % от максимума",
        ["below_minimum_share"] = "Доля ниже минимального балла",
        ["excluded_non_objective"] = "Исключена из-за признаков необъективности",
        // Resilience.
        ["unfavourable"] = "В ШНСУ",
        ["interval_above_zero"] = "Интервал эффекта выше нуля",
        // Non-objectivity.
        ["marked_procedures"] = "Процедур с признаками",
        ["markers"] = "Число признаков",
        ["min_marked_procedures"] = "Порог процедур для списка",
        ["statistic"] = "Статистика",
        ["threshold"] = "Порог",
        ["at_threshold_share"] = "Доля работ у порога отметки",
        ["region_at_threshold_share"] = "Доля у порога в регионе",
        ["school_mean_percent"] = "Средний % школы",
        ["region_mean_percent"] = "Средний % региона",
        ["confirmed_mean_percent"] = "Средний % в подтверждающей процедуре",
        ["difficulty_slope"] = "Наклон отклонения по трудности",
        ["raised_share"] = "Доля повышенных отметок",
        ["lowered_share"] = "Доля пониженных отметок",
        ["confirmed_share"] = "Доля подтверждённых отметок",
        ["two_mark_difference_share"] = "Доля расхождений на 2 балла и более",
        ["within_school_sd"] = "Разброс баллов в школе",
        ["region_within_school_sd"] = "Разброс баллов в регионе",
        ["z"] = "z-статистика",
        ["p_value"] = "p-значение",
    };

    /// <summary>Evidence section → Russian title.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        [EvidenceSections.Context] = "Социальный контекст",
        [EvidenceSections.Performance] = "Эффект школы",
        [EvidenceSections.Growth] = "Прирост",
        [EvidenceSections.LowResults] = "Низкие результаты",
        [EvidenceSections.Resilience] = "Резильентность",
        [EvidenceSections.Objectivity] = "Признаки необъективности",
    };

    /// <summary>Marker kind → short Russian name, as the federal table writes it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Markers = new Dictionary<string, string>
    {
        ["Unconfirmed"] = "Не подтверждено",
        ["HighNotConfirmed"] = "Не подтверждено",
        ["HardBeforeEasy"] = "Сложные лучше простых",
        ["Bunching"] = "Пики у порогов",
        ["MarkMismatch"] = "Расхождение с журналом",
        ["JournalMismatch"] = "Расхождение с журналом",
        ["CohortNotConfirmed"] = "Не подтверждено через год",
        ["Uniformity"] = "Аномальная однородность",
    };

    public static string Key(string key) => Keys.TryGetValue(key, out var label) ? label : key;

    public static string Section(string section) => Sections.TryGetValue(section, out var title) ? title : section;

    public static string Marker(string kind) => Markers.TryGetValue(kind, out var name) ? name : kind;

    /// <summary>A number of evidence: integers without decimals, the rest with up to three.</summary>
    public static string Value(double value) =>
        double.IsNaN(value) ? "нет данных"
        : double.IsInfinity(value) ? (value > 0 ? "∞" : "−∞")
        : value == Math.Round(value) && Math.Abs(value) < 1e9 ? value.ToString("#,0", Russian)
        : value.ToString("0.###", Russian);

    public static string Value(double? value) => value is { } v ? Value(v) : "нет данных";

    /// <summary>"Label: value" pairs, for a cell or a spreadsheet.</summary>
    public static string Text(IReadOnlyList<Evidence> evidence) =>
        string.Join("; ", evidence.Select(e => $"{Key(e.Key)}: {Value(e.Value)}"));
}
