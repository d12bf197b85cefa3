using System.Globalization;
using Orientir.Analytics.Schools;
using Orientir.Data.Schools;

namespace Orientir.Reports.Labels;

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
        ["context_index"] = "Индекс социального благополучия (ИСБШ)",
        ["context_percentile"] = "Процентиль ИСБШ в регионе",
        ["context_unfavourable_threshold"] = "Порог ШНСУ (ИСБШ)",
        ["context_unfavourable_share"] = "Доля ШНСУ, %",
        ["context_band"] = "Контекстная группа (1 — наименее благополучная)",
        ["context_components_used"] = "Показателей паспорта учтено",
        ["context_minimum_components"] = "Минимум показателей для индекса",
        ["context_insufficient_data"] = "Нет данных для индекса",
        ["passport_both_parents_higher_education"] = "Оба родителя с высшим образованием, %",
        ["passport_single_parent"] = "Неполные семьи, %",
        ["passport_unemployed_parents"] = "Семьи с безработными родителями, %",
        ["passport_low_income"] = "Малообеспеченные семьи, %",
        ["passport_non_native_russian"] = "Родной язык не русский, %",
        ["passport_disabilities"] = "Обучающиеся с ОВЗ, %",
        ["passport_registered"] = "Состоят на учёте, %",
        ["cluster_rank"] = "Место среди сопоставимых школ",
        ["cluster_size"] = "Школ в кластере",
        // Context-adjusted performance and growth.
        ["context_effect"] = "Контекстный эффект школы",
        ["context_effect_se"] = "Стандартная ошибка контекстного эффекта",
        ["context_effect_lower"] = "Нижняя граница 95 % интервала",
        ["context_effect_upper"] = "Верхняя граница 95 % интервала",
        ["context_effect_works"] = "Работ в модели уровня",
        ["growth_effect"] = "Эффект прироста",
        ["growth_effect_se"] = "Стандартная ошибка эффекта прироста",
        ["growth_effect_lower"] = "Нижняя граница 95 % интервала прироста",
        ["growth_effect_upper"] = "Верхняя граница 95 % интервала прироста",
        ["growth_effect_works"] = "Работ с результатом прошлого года",
        // ШНОР.
        ["low_results"] = "ШНОР",
        ["low_results_bottom_share"] = "Доля школ с низкими результатами, %",
        ["low_results_years_required"] = "Лет подряд",
        ["judged_by_independent_only"] = "Оценка только по независимым процедурам",
        ["consecutive_years_in_bottom"] = "Лет подряд в нижней доле",
        ["mean_composite_of_years"] = "Средний сводный показатель за годы",
        ["cutoff_mean_composite_of_years"] = "Порог среднего сводного показателя",
        ["best_percentile_of_years"] = "Лучший процентиль за годы",
        ["cutoff_best_percentile_of_years"] = "Порог лучшего процентиля",
        // Resilience.
        ["unfavourable"] = "В ШНСУ (1 — да)",
        ["region_median_effect"] = "Медиана эффектов в регионе",
        // Non-objectivity: the school's summary.
        ["judged_procedures"] = "Процедур проверено",
        ["procedures_with_markers"] = "Процедур с признаками",
        ["raised_markers"] = "Число признаков",
        // Non-objectivity: the markers.
        ["z"] = "Статистика z",
        ["works"] = "Работ школы",
        ["school_standardised_mean"] = "Средний стандартизированный балл школы",
        ["independent_standardised_mean"] = "Средний стандартизированный балл в независимых процедурах",
        ["standardised_gap"] = "Разрыв с независимыми результатами",
        ["region_median_gap"] = "Медиана разрыва по школам региона",
        ["independent_works"] = "Работ в независимых процедурах",
        ["school_hard_success"] = "Выполнение заданий П и В (школа)",
        ["region_hard_success"] = "Выполнение заданий П и В (регион)",
        ["school_basic_success"] = "Выполнение заданий Б (школа)",
        ["region_basic_success"] = "Выполнение заданий Б (регион)",
        ["hard_logit_deviation"] = "Отклонение от региона на заданиях П и В (логиты)",
        ["basic_logit_deviation"] = "Отклонение от региона на заданиях Б (логиты)",
        ["logit_gap"] = "Превышение сложных заданий над базовыми (логиты)",
        ["region_median_logit_gap"] = "Медиана превышения по школам региона",
        ["school_share_at_threshold"] = "Доля работ ровно на границе отметки (школа)",
        ["expected_share_at_threshold"] = "Ожидаемая доля на границе (по сглаженному распределению региона)",
        ["excess_share_at_threshold"] = "Избыток работ на границе отметки",
        ["region_median_excess"] = "Медиана избытка по школам региона",
        ["works_in_windows"] = "Работ у границ отметок",
        ["school_above_journal_share"] = "Доля «повысили» (школа)",
        ["region_above_journal_share"] = "Доля «повысили» (регион)",
        ["school_below_journal_share"] = "Доля «понизили» (школа)",
        ["region_below_journal_share"] = "Доля «понизили» (регион)",
        ["below_journal_z"] = "Статистика z для «понизили»",
        ["works_with_journal"] = "Работ с отметкой в журнале",
        ["region_works_with_journal"] = "Работ с отметкой в журнале (регион)",
        ["school_misfit_share"] = "Доля работ с нетипичным профилем ответов (школа)",
        ["region_misfit_share"] = "Доля работ с нетипичным профилем ответов (регион)",
        ["school_mean_lz"] = "Средний индекс согласованности lz (школа)",
        ["region_mean_lz"] = "Средний индекс согласованности lz (регион)",
        ["school_score_sd"] = "Разброс баллов в школе (SD)",
        ["region_median_school_score_sd"] = "Типичный разброс баллов в школе (медиана по региону)",
        ["fitted_works"] = "Работ с рассчитанным lz",
        // Recommendations: a group's results against the region (docs/reports/recommendations.md).
        ["participants"] = "Участников",
        ["skill_success"] = "Выполнение умения, %",
        ["region_skill_success"] = "Выполнение умения в регионе, %",
        ["skill_gap"] = "Отставание от региона, п. п.",
        ["skill_tasks"] = "Заданий на умение",
        ["task_success"] = "Выполнение задания, %",
        ["region_task_success"] = "Выполнение задания в регионе, %",
        ["basic_insufficient"] = "Порог недостаточного выполнения задания Б, %",
        ["share_of_two"] = "Доля «2», %",
        ["region_share_of_two"] = "Доля «2» в регионе, %",
        ["below_minimum_share"] = "Ниже минимального балла, %",
        ["region_below_minimum_share"] = "Ниже минимального балла в регионе, %",
        ["quality_rate"] = "Доля «4» и «5», %",
        ["region_quality_rate"] = "Доля «4» и «5» в регионе, %",
        ["journal_lower_share"] = "Доля «понизили», %",
        ["region_journal_lower_share"] = "Доля «понизили» в регионе, %",
        ["journal_higher_share"] = "Доля «повысили», %",
        ["region_journal_higher_share"] = "Доля «повысили» в регионе, %",
        ["journal_compared"] = "Работ с отметкой в журнале",
        ["share_of_two_change"] = "Изменение доли «2» за год, п. п.",
        ["negative_dynamics_rise"] = "Порог отрицательной динамики, п. п.",
        // Recommendations: the schools of an area on the lists.
        ["schools_total"] = "Школ всего",
        ["low_results_schools"] = "ШНОР, школ",
        ["low_results_count"] = "ШНОР, школ",
        ["low_results_share"] = "Доля ШНОР, %",
        ["non_objective_count"] = "Школ с признаками необъективности",
        ["non_objective_share"] = "Доля школ с признаками необъективности, %",
        ["unfavourable_schools_count"] = "ШНСУ, школ",
        ["unfavourable_schools_share"] = "Доля ШНСУ, %",
    };

    /// <summary>
    /// Keys made from a template: <c>composite_2025</c> (per year) and <c>fail_share:VPR-2025-RU-4</c> (per procedure)
    /// are labelled as their template, with the year or the procedure after it.
    /// </summary>
    private static readonly (string Prefix, string Label)[] Templates =
    [
        ("composite_", "Сводный показатель результатов"),
        ("rank_", "Место снизу"),
        ("percentile_", "Процентиль"),
        ("in_bottom_", "В нижней доле (1 — да)"),
        ("cutoff_", "Порог нижней доли"),
        ("schools_ranked_", "Школ в сравнении"),
        ("fail_share_z:", "Доля «2», z"),
        ("fail_share:", "Доля «2» (ЕГЭ: ниже минимума), %"),
        ("mean_percent_z:", "Средний балл, z"),
        ("mean_percent:", "Средний балл, % от максимума"),
        ("participants:", "Участников"),
        ("from_aggregates:", "Только сводные результаты школы (работ нет: признаки необъективности и модель не применялись)"),
    ];

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
        ["UnconfirmedHighResult"] = "Не подтверждено независимой процедурой",
        ["HardTasksBetterThanBasic"] = "Сложные задания лучше базовых",
        ["ThresholdBunching"] = "Пики у границ отметок",
        ["MarksAboveJournal"] = "Отметки выше журнальных",
        ["PersonMisfit"] = "Нетипичные профили ответов",
    };

    /// <summary>Marker kind → the letter of domain.md §4.3's list, for the compact federal-style table.</summary>
    public static readonly IReadOnlyDictionary<string, string> MarkerLetters = new Dictionary<string, string>
    {
        ["UnconfirmedHighResult"] = "а",
        ["HardTasksBetterThanBasic"] = "б",
        ["ThresholdBunching"] = "в",
        ["MarksAboveJournal"] = "г",
        ["PersonMisfit"] = "д",
    };

    public static string MarkerLetter(string kind) => MarkerLetters.TryGetValue(kind, out var letter) ? letter : kind;

    /// <summary>Programme group (the first half of a cluster code, ContextIndexSettings.ProgrammeGroups) → Russian.</summary>
    public static readonly IReadOnlyDictionary<string, string> ProgrammeGroups = new Dictionary<string, string>
    {
        ["general"] = "общеобразовательные",
        ["advanced"] = "гимназии, лицеи, углублённые",
        ["small"] = "малокомплектные",
        ["evening"] = "вечерние",
        ["special"] = "коррекционные",
    };

    /// <summary>«общеобразовательные · контекст 2» for the cluster code <c>general-2</c> (band 1 is the least favourable).</summary>
    public static string Cluster(string? cluster)
    {
        if (cluster is null) return "—";
        var dash = cluster.LastIndexOf('-');
        if (dash <= 0) return cluster;
        var group = cluster[..dash];
        return $"{(ProgrammeGroups.TryGetValue(group, out var name) ? name : group)} · контекст {cluster[(dash + 1)..]}";
    }

    public static string Key(string key)
    {
        if (Keys.TryGetValue(key, out var label)) return label;
        if (key.EndsWith("_z", StringComparison.Ordinal) && Keys.TryGetValue(key[..^2], out var measured))
            return $"{measured.TrimEnd('%', ' ', ',')}, z";
        foreach (var (prefix, template) in Templates)
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
                return $"{template} ({key[prefix.Length..]})";
        return key;
    }

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
