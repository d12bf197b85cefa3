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

        ["Context.Weighting"] = "Веса показателей паспорта",
        ["Context.FixedWeights"] = "Фиксированные веса 7 показателей паспорта",
        ["Context.LogitTransform"] = "Логит-преобразование долей",
        ["Context.LogitFloorPercent"] = "Отступ долей от 0 и 100 % перед логитом, %",
        ["Context.ClipSd"] = "Ограничение стандартизованных значений, SD",
        ["Context.IgnoreDisabilitiesInSpecialSchools"] = "Не учитывать долю ОВЗ в коррекционных школах",
        ["Context.MinimumComponents"] = "Минимум показателей паспорта для ИСБШ",
        ["Context.MinimumCompleteCases"] = "Минимум школ с полным паспортом для главной компоненты",
        ["Context.UnfavourableShare"] = "Доля школ в ШНСУ (нижняя часть по ИСБШ)",
        ["Context.BandCount"] = "Число контекстных групп",
        ["Context.ProgrammeGroups"] = "Группы программ для кластеров (тип школы → группа)",
        ["Performance.Kinds"] = "Виды процедур в модели",
        ["Performance.YearsPooled"] = "Лет в модели",
        ["Performance.Estimation"] = "Метод оценки дисперсий",
        ["Performance.MinimumWorks"] = "Минимум работ школы для эффекта",
        ["Performance.AdjustForContextIndex"] = "Учитывать ИСБШ",
        ["Performance.AdjustForSchoolType"] = "Учитывать тип школы",
        ["Performance.EstimateGrowth"] = "Оценивать прирост (модель с прошлым результатом)",
        ["Performance.ConfidenceLevel"] = "Уровень доверия интервала",
        ["LowResults.KeyProcedures"] = "Ключевые процедуры (вид, предмет, класс, вес)",
        ["LowResults.FailShareWeight"] = "Вес доли «2»",
        ["LowResults.FailShareLogit"] = "Доля «2» в логитах",
        ["LowResults.MeanPercentWeight"] = "Вес среднего балла",
        ["LowResults.MinimumParticipants"] = "Минимум участников процедуры",
        ["LowResults.MinimumProcedures"] = "Минимум ключевых процедур у школы",
        ["LowResults.BottomShare"] = "Доля школ в нижней части региона",
        ["LowResults.ConsecutiveYears"] = "Лет подряд",
        ["LowResults.Rule"] = "Правило лет",
        ["LowResults.IndependentKinds"] = "Независимые процедуры (для школ с признаками необъективности)",
        ["Resilience.Rule"] = "Правило отбора",
        ["Objectivity.JudgedKinds"] = "Проверяемые виды процедур",
        ["Objectivity.IndependentKinds"] = "Независимые виды процедур",
        ["Objectivity.IndependentProcedureCodes"] = "Коды процедур под наблюдением (независимые)",
        ["Objectivity.MinimumWorks"] = "Минимум работ школы в процедуре",
        ["Objectivity.UnconfirmedZ"] = "(а) Порог z: результат не подтверждён",
        ["Objectivity.UnconfirmedMinimumGap"] = "(а) Минимальный разрыв, SD",
        ["Objectivity.UnconfirmedMinimumResult"] = "(а) Минимальный результат школы, SD",
        ["Objectivity.UnconfirmedMinimumIndependentWorks"] = "(а) Минимум работ в независимых процедурах",
        ["Objectivity.UseNextYearOfSameStudents"] = "(а) Учитывать тех же учеников через год",
        ["Objectivity.HardTasksZ"] = "(б) Порог z: сложные задания лучше базовых",
        ["Objectivity.HardTasksMinimumLogitGap"] = "(б) Минимальное превышение, логиты",
        ["Objectivity.BunchingWindow"] = "(в) Окно у границы отметки, баллов",
        ["Objectivity.BunchingBandwidth"] = "(в) Ширина сглаживания, баллов",
        ["Objectivity.BunchingZ"] = "(в) Порог z: пики у границ",
        ["Objectivity.BunchingMinimumExcess"] = "(в) Минимальный избыток доли",
        ["Objectivity.JournalZ"] = "(г) Порог z: отметки выше журнальных",
        ["Objectivity.JournalMinimumExcess"] = "(г) Минимальное превышение доли «повысили»",
        ["Objectivity.LenientJournalIsSign"] = "(г) Считать мягкий журнал («понизили») признаком",
        ["Objectivity.PersonFitCut"] = "(д) Порог lz для нетипичной работы",
        ["Objectivity.PersonFitZ"] = "(д) Порог z: нетипичные профили",
        ["Objectivity.PersonFitMinimumExcess"] = "(д) Минимальный избыток доли",
        ["Objectivity.ListingRule"] = "Правило включения в список",
        ["Objectivity.MinimumProceduresWithMarkers"] = "Минимум процедур с признаками",
        ["Objectivity.MinimumRaisedMarkers"] = "Минимум признаков (по второму правилу)",
    };

    public static readonly IReadOnlyDictionary<string, string> EnumValues = new Dictionary<string, string>
    {
        ["ResilienceRule.EffectIntervalAboveZero"] = "В ШНСУ и весь 95 % интервал эффекта выше нуля",
        ["ResilienceRule.EffectAtOrAboveMedian"] = "В ШНСУ и эффект не ниже медианы региона",
        ["ContextWeighting.FirstPrincipalComponent"] = "Первая главная компонента",
        ["ContextWeighting.FixedWeights"] = "Фиксированные веса",
        ["VarianceEstimation.Reml"] = "REML (как lme4 по умолчанию)",
        ["VarianceEstimation.Ml"] = "Максимальное правдоподобие (ML)",
        ["LowResultsRule.BottomInEachYear"] = "В нижней доле в каждый из лет",
        ["LowResultsRule.BottomByMeanOfYears"] = "Нижняя доля по среднему за годы",
        ["LowResultsRule.BottomByBestOfYears"] = "В нижней доле даже в лучший из лет",
        ["ObjectivityListingRule.ProceduresWithMarkers"] = "Признаки в нескольких процедурах",
        ["ObjectivityListingRule.RaisedMarkers"] = "Число признаков за год",
    };

    /// <summary>The label of a section ("LowResults") or a setting ("LowResults.BottomShare"); the last name when unknown.</summary>
    public static string Of(string path) =>
        Paths.TryGetValue(path, out var label) || SupportPaths.TryGetValue(path, out label) ? label : path[(path.LastIndexOf('.') + 1)..];

    private static readonly IReadOnlyDictionary<string, string> SupportPaths = new[]
        {
            Support.Risk.RiskMethodologyLabels.Paths, Support.Monitoring.MonitoringMethodologyLabels.Paths, Support.Effect.EffectMethodologyLabels.Paths,
            Staff.StaffMethodologyLabels.Paths,
        }
        .SelectMany(labels => labels).ToDictionary();

    public static string EnumValue(Type enumType, string name) =>
        EnumValues.TryGetValue($"{enumType.Name}.{name}", out var label) ? label : name;
}
