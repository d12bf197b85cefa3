using Orientir.Domain.Staff;

namespace Orientir.Web.Staff;

/// <summary>The Russian words of professional development's states and kinds, in one place for pages, exports and tests.</summary>
public static class StaffLabels
{
    public static string Category(TeacherCategory category) => category switch
    {
        TeacherCategory.None => "без категории",
        TeacherCategory.Conformity => "соответствие занимаемой должности",
        TeacherCategory.First => "первая",
        _ => "высшая",
    };

    public static string Source(MeasurementSource source) => source switch
    {
        MeasurementSource.Diagnostic => "диагностика",
        _ => "результаты учеников",
    };

    public static string Format(CourseFormat format) => format switch
    {
        CourseFormat.InPerson => "очная",
        CourseFormat.Blended => "очно-заочная",
        _ => "дистанционная",
    };

    public static string RouteStatus(RouteStatus status) => status switch
    {
        Domain.Staff.RouteStatus.Proposed => "предложен, ждёт утверждения",
        Domain.Staff.RouteStatus.Approved => "утверждён",
        _ => "пройден",
    };

    public static string StepKind(RouteStepKind kind) => kind switch
    {
        RouteStepKind.Course => "Курсы ДПП",
        RouteStepKind.Mentoring => "Наставничество",
        RouteStepKind.Internship => "Стажировка",
        RouteStepKind.MethodicalAssociation => "Методическое объединение",
        RouteStepKind.MasterClass => "Мастер-класс",
        _ => "Самообразование",
    };

    public static string StepStatus(RouteStepStatus status) => status == RouteStepStatus.Done ? "выполнен" : "запланирован";

    public static string MentoringForm(MentoringForm form) => form switch
    {
        Domain.Staff.MentoringForm.TeacherToTeacher => "учитель – учитель",
        Domain.Staff.MentoringForm.ExperiencedToYoung => "опытный педагог – молодой специалист",
        _ => "руководитель – коллектив",
    };

    public static string MentoringStatus(MentoringStatus status) => status == Domain.Staff.MentoringStatus.Active ? "действует" : "завершено";

    /// <summary>A subject code's Russian name (the names of procedures).</summary>
    public static string Subject(string code) => Domain.Results.ResultsNames.SubjectName(code);
}
