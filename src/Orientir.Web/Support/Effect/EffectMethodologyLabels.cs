namespace Orientir.Web.Support.Effect;

/// <summary>The Russian names of the SupportEffect settings on the methodology page, by path ("SupportEffect.Property").</summary>
public static class EffectMethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["SupportEffect"] = "Адресная поддержка: эффект и выход из программы",
        ["SupportEffect.OutcomeKinds"] = "Виды процедур в результате школы",
        ["SupportEffect.MinimumWorks"] = "Минимум работ школы за год",
        ["SupportEffect.Comparisons"] = "Школ сравнения на одну школу (K)",
        ["SupportEffect.MinimumComparisons"] = "Минимум школ сравнения для оценки",
        ["SupportEffect.Caliper"] = "Наибольшее расстояние до школы сравнения, SD",
        ["SupportEffect.BiasCorrection"] = "Поправка на различие исходных результатов (Абади — Имбенс)",
        ["SupportEffect.ConfidenceLevel"] = "Уровень доверия интервала",
        ["SupportEffect.ExitYears"] = "Лет подряд устойчивого улучшения для вывода из программы",
        ["SupportEffect.MinimumExitGain"] = "Минимальная разность разностей для вывода, SD",
    };

    /// <summary>The Russian names of the effect's evidence keys (docs/methodology.md §5.4).</summary>
    public static readonly IReadOnlyDictionary<string, string> Evidence = new Dictionary<string, string>
    {
        ["baseline"] = "Результат базового года, SD",
        ["baseline_works"] = "Работ в базовом году",
        ["follow_up"] = "Результат года оценки, SD",
        ["follow_up_works"] = "Работ в году оценки",
        ["change"] = "Изменение школы",
        ["comparison_change"] = "Изменение школ сравнения",
        ["did"] = "Разность разностей",
        ["standard_error"] = "Стандартная ошибка",
        ["lower"] = "Нижняя граница интервала",
        ["upper"] = "Верхняя граница интервала",
        ["comparisons"] = "Школ сравнения",
        ["degrees_of_freedom"] = "Степеней свободы",
        ["confidence_level"] = "Уровень доверия",
        ["comparison_baseline"] = "Базовый результат школ сравнения, SD",
        ["mean_distance"] = "Среднее расстояние до школ сравнения, SD",
        ["bias_slope_baseline"] = "Поправка: наклон изменения по базовому результату",
        ["bias_slope_context"] = "Поправка: наклон изменения по ИСБШ",
        ["schools"] = "Школ с оценкой",
        ["schools_with_interval_above_zero"] = "Школ с интервалом выше нуля",
        ["comparison_schools"] = "Разных школ сравнения",
        ["reuse_variance"] = "Добавка дисперсии за повторное использование школ сравнения",
        ["exit_years"] = "Лет подряд",
        ["minimum_did"] = "Наименьшая разность разностей за эти годы",
        ["minimum_lower"] = "Наименьшая нижняя граница за эти годы",
        ["minimum_exit_gain"] = "Порог разности разностей",
    };

    public static string EvidenceKey(string key) => Evidence.TryGetValue(key, out var label) ? label : key;
}
