using System.Globalization;

namespace Orientir.Data.Demo;

/// <summary>What to generate: a seed makes the package deterministic.</summary>
public sealed record DemoOptions(int Seed = 1, int Schools = 300, IReadOnlyList<int>? Years = null)
{
    public IReadOnlyList<int> YearsOrDefault => Years is { Count: > 0 } ? Years : [2023, 2024, 2025];
}

/// <summary>Row counts of a generated package (what `orientir db stats` must show after importing it).</summary>
public sealed record DemoSummary(int Municipalities, int Schools, int Procedures, int Tasks, long Works)
{
    public int Teachers { get; init; }
    public int TeacherClasses { get; init; }
    public int TeacherDiagnostics { get; init; }
}

/// <summary>Writes a synthetic region as a data package in the format of docs/formats.md, plus truth.csv beside it.</summary>
/// <remarks>
/// The region: municipalities and schools with a latent social status and a stable school effect
/// (<see cref="DemoRegionBuilder"/>), grade cohorts followed from grade 4 to grade 5 (<see cref="DemoCohorts"/>),
/// six procedures a year (<see cref="DemoTaskDesigns"/>) scored by an IRT model (<see cref="DemoScoring"/>),
/// planted anomalies (<see cref="DemoAnomalies"/>), and teachers with planted deficits (<see cref="DemoTeachers"/>,
/// truth_teachers.csv beside truth.csv). See docs/demo-generator.md.
/// </remarks>
public static class DemoPackageGenerator
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static DemoSummary Generate(string outputDirectory, DemoOptions options, IProgress<string>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Schools, 1);
        var years = options.YearsOrDefault.Distinct().Order().ToList();
        if (years.Any(y => y is < FirstYear or > LastYear))
            throw new ArgumentOutOfRangeException(nameof(options), $"Years must lie within {FirstYear}–{LastYear}.");
        var seed = options.Seed;

        var resultsDirectory = Path.Combine(outputDirectory, DemoPackageWriter.ResultsFolder);
        Directory.CreateDirectory(resultsDirectory);

        var (municipalities, schools) = DemoRegionBuilder.Build(seed, options.Schools);
        DemoAnomalies.Plant(seed, schools);
        var teachers = DemoTeachers.Build(seed, schools, years[0]);
        var designs = DemoTaskDesigns.All;
        var procedures = years.SelectMany(year => designs.Select((design, index) => new DemoProcedure(seed, index, design, year))).ToList();

        var municipalityRows = DemoPackageWriter.WriteMunicipalities(outputDirectory, municipalities);
        var schoolRows = DemoPackageWriter.WriteSchools(outputDirectory, schools);
        var procedureRows = DemoPackageWriter.WriteProcedures(outputDirectory, procedures);
        var taskRows = DemoPackageWriter.WriteTasks(outputDirectory, procedures);
        DemoPackageWriter.WriteTruth(outputDirectory, schools);
        var teacherRows = DemoTeacherWriter.WriteTeachers(outputDirectory, teachers);
        DemoTeacherWriter.WriteTruth(outputDirectory, teachers);
        RemoveStaleResults(resultsDirectory, procedures.Select(p => p.Code));
        progress?.Report(Invariant($"Реестр: {municipalityRows} муниципалитетов, {schoolRows} школ; {procedureRows} процедур, {taskRows} заданий"));

        var cohorts = new DemoCohorts(seed);
        var classes = new Dictionary<DemoProcedure, ISet<(int School, int Letter)>>();
        long works = 0;
        foreach (var year in years)
        {
            var byGrade = new Dictionary<int, DemoCohort[]>();
            foreach (var grade in designs.Select(d => d.Grade).Distinct())
                byGrade[grade] = schools.Select(school => cohorts.Form(school, year, grade)).ToArray();
            foreach (var procedure in procedures.Where(p => p.Year == year))
            {
                var held = classes[procedure] = new HashSet<(int School, int Letter)>();
                var rows = DemoPackageWriter.WriteResults(outputDirectory, seed, procedure, schools, byGrade[procedure.Design.Grade],
                    teachers, held);
                works += rows;
                progress?.Report(Invariant($"{procedure.Code}: {rows} работ"));
            }
        }
        var classRows = DemoTeacherWriter.WriteClasses(outputDirectory, teachers, schools, classes);
        var diagnosticRows = DemoTeacherWriter.WriteDiagnostics(outputDirectory, seed, teachers, years);
        progress?.Report(Invariant($"Педагоги: {teacherRows}, их классов {classRows}, результатов диагностик {diagnosticRows}"));
        return new DemoSummary((int)municipalityRows, (int)schoolRows, (int)procedureRows, (int)taskRows, works)
        {
            Teachers = (int)teacherRows,
            TeacherClasses = (int)classRows,
            TeacherDiagnostics = (int)diagnosticRows,
        };
    }

    /// <summary>A results file left from an earlier run with other years would be imported as part of this package.</summary>
    private static void RemoveStaleResults(string resultsDirectory, IEnumerable<string> codes)
    {
        var expected = codes.Select(code => code + ".csv").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(resultsDirectory, "*.csv"))
            if (!expected.Contains(Path.GetFileName(file)))
                File.Delete(file);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
