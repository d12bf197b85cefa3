namespace Orientir.Analytics.Staff;

/// <summary>
/// Every threshold and rule of teachers' professional development: when a diagnostic score or a class's results make a
/// deficit, how a route is proposed, who counts as a young teacher (part of the methodology version). Formulas and
/// sources: docs/methodology.md §6.
/// </summary>
public sealed record StaffDevelopmentSettings
{
    public static StaffDevelopmentSettings Default { get; } = new();

    /// <summary>A competence scored below this percent of its maximum in a diagnostic is a deficit. Default 50.</summary>
    public double DiagnosticLevel { get; init; } = 50;

    /// <summary>
    /// A skill is a deficit when the teacher's students succeed on it at least this many percentage points below
    /// comparable classes. Default 10.
    /// </summary>
    public double ResultMargin { get; init; } = 10;

    /// <summary>
    /// …and when the gap is at least this many standard deviations of the comparable classes' success on the skill, so
    /// that a small class's chance dip is not a deficit. Default 2.5.
    /// </summary>
    public double ResultMinimumZ { get; init; } = 3.25;

    /// <summary>A teacher's results in a procedure count only with at least this many works of their students. Default 10.</summary>
    public int MinimumWorks { get; init; } = 10;

    /// <summary>
    /// Comparable classes: this many classes of the same procedure, from other schools, nearest to the teacher's class in
    /// overall success on the whole work. Default 30.
    /// </summary>
    public int ComparableClasses { get; init; } = 50;

    /// <summary>A class with fewer comparable classes (a small procedure) gets no results measurement. Default 10.</summary>
    public int MinimumComparableClasses { get; init; } = 10;

    /// <summary>A young teacher (молодой педагог), whom mentoring should cover, has fewer years of experience than this. Default 3.</summary>
    public int YoungTeacherYears { get; init; } = 3;

    /// <summary>A proposed mentor has at least this many years of experience, the first or highest category and no deficit in the code. Default 5.</summary>
    public int MentorMinimumYears { get; init; } = 5;

    /// <summary>How many catalogue programmes a proposed route offers per deficit. Default 2.</summary>
    public int CoursesPerDeficit { get; init; } = 2;

    /// <summary>The deadline of a proposed step, in months after the proposal. Default 6.</summary>
    public int StepMonths { get; init; } = 6;

    /// <summary>Settings out of range, each as (property name, Russian problem), for the methodology's checks.</summary>
    public IEnumerable<(string Property, string Problem)> Problems()
    {
        if (!(DiagnosticLevel > 0 && DiagnosticLevel < 100)) yield return (nameof(DiagnosticLevel), "должно быть от 0 до 100 (процент от максимального балла)");
        if (!(ResultMargin >= 0 && ResultMargin < 100)) yield return (nameof(ResultMargin), "должно быть от 0 до 100 процентных пунктов");
        if (!(ResultMinimumZ >= 0 && double.IsFinite(ResultMinimumZ))) yield return (nameof(ResultMinimumZ), "должно быть не меньше 0");
        if (MinimumWorks < 1) yield return (nameof(MinimumWorks), "должно быть не меньше 1");
        if (ComparableClasses is < 2 or > 1000) yield return (nameof(ComparableClasses), "должно быть от 2 до 1000");
        if (MinimumComparableClasses < 2 || MinimumComparableClasses > ComparableClasses)
            yield return (nameof(MinimumComparableClasses), "должно быть не меньше 2 и не больше числа сопоставимых классов");
        if (YoungTeacherYears is < 1 or > 10) yield return (nameof(YoungTeacherYears), "должно быть от 1 до 10");
        if (MentorMinimumYears is < 1 or > 50) yield return (nameof(MentorMinimumYears), "должно быть от 1 до 50");
        if (CoursesPerDeficit is < 0 or > 10) yield return (nameof(CoursesPerDeficit), "должно быть от 0 до 10");
        if (StepMonths is < 1 or > 36) yield return (nameof(StepMonths), "должно быть от 1 до 36");
    }
}
