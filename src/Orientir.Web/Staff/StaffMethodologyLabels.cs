namespace Orientir.Web.Staff;

/// <summary>The Russian names of the Staff settings on the methodology page, by path ("Staff.Property").</summary>
public static class StaffMethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["Staff"] = "Профессиональное развитие педагогов: дефициты, маршруты, наставничество",
        ["Staff.DiagnosticLevel"] = "Дефицит по диагностике: балл ниже, % от максимума",
        ["Staff.ResultMargin"] = "Дефицит по результатам: отставание от сопоставимых классов, п. п.",
        ["Staff.ResultMinimumZ"] = "Дефицит по результатам: отставание не меньше, стандартных отклонений",
        ["Staff.MinimumWorks"] = "Минимум работ учеников педагога в процедуре",
        ["Staff.ComparableClasses"] = "Сопоставимых классов для сравнения",
        ["Staff.MinimumComparableClasses"] = "Минимум сопоставимых классов",
        ["Staff.YoungTeacherYears"] = "Молодой педагог: стаж меньше, лет",
        ["Staff.MentorMinimumYears"] = "Наставник: стаж не меньше, лет",
        ["Staff.CoursesPerDeficit"] = "Программ ДПП в предложении на один дефицит",
        ["Staff.StepMonths"] = "Срок шага маршрута в предложении, месяцев",
    };
}
