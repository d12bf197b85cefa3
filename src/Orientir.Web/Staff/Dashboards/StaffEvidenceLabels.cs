using Orientir.Reports.Labels;
using System.Globalization;

namespace Orientir.Web.Staff.Dashboards;

/// <summary>The Russian names of a measurement's evidence keys and how their values read.</summary>
public static class StaffEvidenceLabels
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>
    {
        // Results: the teacher's pupils against comparable classes of the same procedure.
        ["value"] = "Успешность учеников педагога, %",
        ["comparable"] = "Сопоставимые классы, %",
        ["gap"] = "Отставание, п. п.",
        ["shared_tasks_excluded"] = "Заданий, общих с более выраженным дефицитом (исключены)",
        ["own_tasks"] = "Собственных заданий умения",
        ["own_value"] = "Успешность на собственных заданиях, %",
        ["own_comparable"] = "Сопоставимые классы на собственных заданиях, %",
        ["own_gap"] = "Отставание на собственных заданиях, п. п.",
        ["own_z"] = "Отставание на собственных заданиях, стандартных отклонений",
        ["sd"] = "Стандартное отклонение отставания (по разбросу сопоставимых классов), п. п.",
        ["z"] = "Отставание, стандартных отклонений",
        ["works"] = "Работ учеников педагога",
        ["classes"] = "Классов педагога",
        ["comparable_classes"] = "Сопоставимых классов",
        ["margin"] = "Порог отставания по методике, п. п.",
        ["minimum_z"] = "Порог отставания по методике, стандартных отклонений",
        // Diagnostics: the teacher's score on a competence against the methodology's level.
        ["score"] = "Балл",
        ["max_score"] = "Максимальный балл",
        ["percent"] = "Балл, % от максимума",
        ["level"] = "Порог дефицита по методике, % от максимума",
    };

    private static readonly HashSet<string> Counts = ["works", "classes", "comparable_classes"];

    public static string Label(string key) => Keys.GetValueOrDefault(key, key);

    public static string Value(string key, double value) =>
        double.IsNaN(value) ? "—" : value.ToString(Counts.Contains(key) ? "0" : key is "z" or "minimum_z" ? "0.##" : "0.#", Russian);
}
