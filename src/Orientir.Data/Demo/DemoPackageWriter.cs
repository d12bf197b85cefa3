using System.Globalization;
using Orientir.Domain.Registry;

namespace Orientir.Data.Demo;

/// <summary>Writes the files of the package (docs/formats.md) and truth.csv beside them.</summary>
internal static class DemoPackageWriter
{
    public const string ResultsFolder = "results";
    public const string TruthFile = "truth.csv";

    /// <summary>Not done: most exports write <c>X</c>, some leave the cell empty.</summary>
    private const double NotDoneAsX = 0.75;

    public static long WriteMunicipalities(string directory, IReadOnlyList<DemoMunicipality> municipalities)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, "municipalities.csv"));
        csv.Header("code", "name");
        foreach (var municipality in municipalities)
        {
            csv.Field(municipality.Code).Field(municipality.Name);
            csv.EndRow();
        }
        return csv.Rows;
    }

    public static long WriteSchools(string directory, IReadOnlyList<DemoSchool> schools)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, "schools.csv"));
        csv.Header("code", "municipality_code", "name", "type", "locality", "students",
            "share_both_parents_higher_ed", "share_single_parent", "share_unemployed_parents", "share_low_income",
            "share_non_native_russian", "share_disabilities", "share_registered");
        foreach (var school in schools)
        {
            csv.Field(school.Code).Field(school.Municipality.Code).Field(school.Name)
                .Field(TypeCode(school.Type)).Field(school.Locality == Locality.Urban ? "urban" : "rural").Field(school.Students);
            foreach (var share in school.Shares)
                csv.Field(share);
            csv.EndRow();
        }
        return csv.Rows;
    }

    private static string TypeCode(SchoolType type) => type switch
    {
        SchoolType.General => "general",
        SchoolType.Gymnasium => "gymnasium",
        SchoolType.Lyceum => "lyceum",
        SchoolType.Advanced => "advanced",
        SchoolType.Small => "small",
        SchoolType.Evening => "evening",
        _ => "special",
    };

    public static long WriteProcedures(string directory, IReadOnlyList<DemoProcedure> procedures)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, "procedures.csv"));
        csv.Header("code", "kind", "subject", "grade", "year", "max_score", "mark_thresholds", "min_score");
        foreach (var procedure in procedures)
        {
            var design = procedure.Design;
            csv.Field(procedure.Code).Field(design.Kind.ToString().ToUpperInvariant()).Field(design.Subject)
                .Field(design.Grade).Field(procedure.Year).Field(design.MaxScore).Field(design.Thresholds.ToString())
                .Field((string?)null);
            csv.EndRow();
        }
        return csv.Rows;
    }

    public static long WriteTasks(string directory, IReadOnlyList<DemoProcedure> procedures)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, "tasks.csv"));
        csv.Header("procedure_code", "task", "max_score", "level", "skills");
        foreach (var procedure in procedures)
            foreach (var task in procedure.Design.Tasks)
            {
                csv.Field(procedure.Code).Field(task.Label).Field(task.MaxScore)
                    .Field(DemoTaskDesigns.LevelCode(task.Level).ToString()).Field(task.Skills);
                csv.EndRow();
            }
        return csv.Rows;
    }

    /// <summary>The planted facts, one row each (see docs/demo-generator.md); not part of the package format.</summary>
    public static void WriteTruth(string directory, IReadOnlyList<DemoSchool> schools)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, TruthFile));
        csv.Header("school_code", "fact", "value");
        foreach (var school in schools)
        {
            csv.Field(school.Code).Field("school_effect").Field(school.Effect, "0.###");
            csv.EndRow();
            csv.Field(school.Code).Field("ses").Field(school.Ses, "0.###");
            csv.EndRow();
            csv.Field(school.Code).Field("mean_ability").Field(school.MeanAbility, "0.###");
            csv.EndRow();
            if (school.InflatedVpr)
            {
                csv.Field(school.Code).Field("inflated_vpr").Field(1);
                csv.EndRow();
            }
            if (school.LenientJournal)
            {
                csv.Field(school.Code).Field("lenient_journal").Field(1);
                csv.EndRow();
            }
        }
    }

    /// <summary>Writes results/&lt;code&gt;.csv: one row per work of the students present on the day.</summary>
    /// <param name="classes">Collects the (school index, class letter) of every class the file holds.</param>
    public static long WriteResults(string directory, int seed, DemoProcedure procedure,
        IReadOnlyList<DemoSchool> schools, IReadOnlyList<DemoCohort> cohorts, DemoTeachers teachers, ISet<(int, int)> classes)
    {
        var design = procedure.Design;
        var presence = procedure.IsVpr ? 0.93 : 0.985;
        var enrolled = cohorts.Sum(c => (long)c.Students.Count);
        // Participant codes are a permutation of a counter (the multiplier is prime to 10), unique within the procedure.
        var (modulus, format) = enrolled < 1_000_000 ? (1_000_000L, "D6") : (100_000_000L, "D8");
        var offset = DemoRandom.Stream(seed, DemoRandom.WorksStream, -1, procedure.Year * 16 + procedure.DesignIndex).NextInt64(modulus);
        long participants = 0;

        using var csv = new DemoCsvWriter(Path.Combine(directory, ResultsFolder, procedure.Code + ".csv"));
        csv.Header(["school_code", "participant", "student", "class", "variant", "journal_mark",
            .. design.Tasks.Select(t => t.Label), "primary_score", "mark"]);
        var scores = new int[design.Tasks.Count];
        foreach (var school in schools)
        {
            var cohort = cohorts[school.Index];
            if (cohort.Students.Count == 0)
                continue;
            var random = DemoRandom.Stream(seed, DemoRandom.WorksStream, school.Index, procedure.Year * 16 + procedure.DesignIndex);
            foreach (var student in cohort.Students)
            {
                if (!random.Chance(presence))
                    continue;
                var work = DemoScoring.Score(random, procedure, school, student, scores,
                    teachers.Drops(procedure, school.Index, student.ClassIndex));
                classes.Add((school.Index, student.ClassIndex));
                var participant = (++participants * 7_919 + offset) % modulus;
                csv.Field(school.Code).Field(participant.ToString(format, CultureInfo.InvariantCulture)).Field(student.Id)
                    .Field(cohort.ClassLabel(student)).Field(work.Variant).Field(work.JournalMark);
                foreach (var score in scores)
                {
                    if (score != DemoWork.NotDone)
                        csv.Field(score);
                    else
                        csv.Field(random.Chance(NotDoneAsX) ? "X" : null);
                }
                csv.Field(work.PrimaryScore).Field(work.Mark);
                csv.EndRow();
            }
        }
        return csv.Rows;
    }
}
