namespace Orientir.Web.Schools;

/// <summary>
/// The Russian names of the methodology's settings, by path ("LowResults.BottomShare"), and of its enum values
/// ("ResilienceRule.EffectIntervalAboveZero"). A setting the map does not know is shown by its property name.
/// </summary>
public static class MethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["Context"] = "Социальный контекст (ИСБШ, ШНСУ, кластеры)",
        ["Performance"] = "Эффект школы с учётом контекста",
        ["LowResults"] = "Школы с низкими результатами (ШНОР)",
        ["Resilience"] = "Резильентные школы",
        ["Objectivity"] = "Признаки необъективности",

        ["Context.UnfavourableShare"] = "Доля школ в ШНСУ (нижняя часть по ИСБШ)",
        ["Context.MinimumComponents"] = "Минимум показателей паспорта для ИСБШ",
        ["Context.Weighting"] = "Веса показателей паспорта",
        ["Context.Clusters"] = "Число кластеров",
        ["Context.ClusterCount"] = "Число кластеров",
        ["Context.ClusterByType"] = "Кластеры с учётом типа школы",
        ["Performance.ConfidenceLevel"] = "Уровень доверия интервала",
        ["Performance.MinimumWorks"] = "Минимум работ школы в модели",
        ["Performance.MinimumWorksPerSchool"] = "Минимум работ школы в модели",
        ["Performance.UsePriorScore"] = "Учитывать прежний результат ученика",
        ["Performance.Procedures"] = "Процедуры модели",
        ["LowResults.BottomShare"] = "Доля школ в нижней части региона",
        ["LowResults.ConsecutiveYears"] = "Лет подряд в нижней части",
        ["LowResults.MinimumParticipants"] = "Минимум участников",
        ["LowResults.ExcludeNonObjective"] = "Исключать школы с признаками необъективности",
        ["LowResults.Procedures"] = "Ключевые процедуры",
        ["Resilience.Rule"] = "Правило отбора",
        ["Objectivity.MinimumMarkedProcedures"] = "Минимум процедур с признаками для списка",
        ["Objectivity.MinimumWorks"] = "Минимум работ школы в процедуре",
        ["Objectivity.Significance"] = "Уровень значимости",
    };

    public static readonly IReadOnlyDictionary<string, string> EnumValues = new Dictionary<string, string>
    {
        ["ResilienceRule.EffectIntervalAboveZero"] = "В ШНСУ и весь 95 % интервал эффекта выше нуля",
        ["ResilienceRule.EffectAtOrAboveMedian"] = "В ШНСУ и эффект не ниже медианы региона",
    };

    /// <summary>The label of a section ("LowResults") or a setting ("LowResults.BottomShare"); the last name when unknown.</summary>
    public static string Of(string path) => Paths.TryGetValue(path, out var label) ? label : path[(path.LastIndexOf('.') + 1)..];

    public static string EnumValue(Type enumType, string name) =>
        EnumValues.TryGetValue($"{enumType.Name}.{name}", out var label) ? label : name;
}
