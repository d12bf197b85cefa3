using System.Globalization;

namespace Orientir.Data.Demo;

/// <summary>A student: a pseudonymous id, stable abilities in the two subjects and a class letter.</summary>
internal sealed class DemoStudent(string id, double russian, double mathematics, int classIndex)
{
    public string Id { get; } = id;
    public double Russian { get; set; } = russian;
    public double Mathematics { get; set; } = mathematics;
    public int ClassIndex { get; } = classIndex;

    public double Ability(string subject) => subject == "RU" ? Russian : Mathematics;
}

/// <summary>The students of one grade of one school in one year.</summary>
internal sealed record DemoCohort(int Grade, IReadOnlyList<DemoStudent> Students)
{
    public static readonly DemoCohort None = new(0, []);

    public string ClassLabel(DemoStudent student) =>
        string.Create(CultureInfo.InvariantCulture, $"{Grade}{DemoNames.ClassLetters[student.ClassIndex]}");
}

/// <summary>
/// Forms the grade cohorts year by year. The grade-4 students of a year become the grade-5 students of the next
/// year in the same school (a few leave, a few arrive), which is what the cohort markers of non-objectivity and
/// the value-added models follow.
/// </summary>
internal sealed class DemoCohorts(int seed)
{
    /// <summary>Abilities in the two subjects share this much of their variance (school marks in Russian and mathematics correlate about 0.8).</summary>
    private const double SubjectSpread = 0.4;
    private const double LeaveRate = 0.06;
    private const int ClassSize = 26;

    private readonly Dictionary<(int School, int Year), DemoCohort> _grade4 = [];
    private readonly int _idOffset = DemoRandom.Stream(seed, DemoRandom.CohortStream, -1).Next(100_000_000);
    private int _studentsCreated;

    public DemoCohort Form(DemoSchool school, int year, int grade)
    {
        if (grade is 4 or 5 && !school.HasPrimaryGrades)
            return DemoCohort.None;
        var random = DemoRandom.Stream(seed, DemoRandom.CohortStream, school.Index, year * 16 + grade);
        var size = Math.Max(1, (int)Math.Round(school.GradeSize * random.Uniform(0.88, LargestGradeFactor)));
        DemoCohort cohort;
        if (grade == 5 && _grade4.Remove((school.Index, year - 1), out var previous))
        {
            var students = new List<DemoStudent>(previous.Students.Count + 4);
            var classes = ClassCount(previous.Students.Count);
            foreach (var student in previous.Students)
            {
                if (random.Chance(LeaveRate))
                    continue;
                // A year of schooling reorders students a little.
                student.Russian += random.Normal(0, 0.25);
                student.Mathematics += random.Normal(0, 0.25);
                students.Add(student);
            }
            for (var newcomers = (int)Math.Round(previous.Students.Count * random.Uniform(0.02, 0.08)); newcomers > 0; newcomers--)
                students.Add(NewStudent(random, school, random.Next(classes)));
            students.Sort((a, b) => a.ClassIndex.CompareTo(b.ClassIndex));
            cohort = new DemoCohort(5, students);
        }
        else
        {
            var classes = ClassCount(size);
            var students = new List<DemoStudent>(size);
            for (var i = 0; i < size; i++)
                students.Add(NewStudent(random, school, i * classes / size));
            cohort = new DemoCohort(grade, students);
        }
        if (grade == 4)
            _grade4[(school.Index, year)] = cohort;
        return cohort;
    }

    /// <summary>A year's grade is at most this many times the school's typical grade size.</summary>
    public const double LargestGradeFactor = 1.12;

    public static int ClassCount(int size) =>
        Math.Clamp((size + ClassSize - 1) / ClassSize, 1, DemoNames.ClassLetters.Length);

    private DemoStudent NewStudent(Random random, DemoSchool school, int classIndex)
    {
        var general = school.MeanAbility + random.Normal(0, 0.75);
        return new DemoStudent(NextId(), general + random.Normal(0, SubjectSpread), general + random.Normal(0, SubjectSpread), classIndex);
    }

    /// <summary>
    /// Ids are a fixed permutation of a counter (multiplying by a number prime to 10⁸ is a bijection mod 10⁸),
    /// so they are unique and do not reveal the order in which students were made.
    /// </summary>
    private string NextId()
    {
        var n = (long)++_studentsCreated;
        var id = (n * 4_827_137 + _idOffset) % 100_000_000;
        return "S" + id.ToString("D8", CultureInfo.InvariantCulture);
    }
}
