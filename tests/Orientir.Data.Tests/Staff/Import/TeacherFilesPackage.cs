using Orientir.Data.Tests.Import;

namespace Orientir.Data.Tests.Staff.Import;

/// <summary>The standard test package with the three teacher files: 3 teachers, 5 class links, 6 diagnostic scores.</summary>
internal static class TeacherFilesPackage
{
    public const string Teachers = "teachers.csv";
    public const string Classes = "teacher_classes.csv";
    public const string Diagnostics = "teacher_diagnostics.csv";

    public static TestPackage Standard()
    {
        var package = TestPackage.Standard();
        package.Files[Teachers] =
        [
            ["code", "school_code", "subjects", "experience_years", "category"],
            ["T00000001", "edu0101", "RU|MA", "12", "first"],
            ["T00000002", "edu0102", "RU", "1", ""],
            ["T00000003", "edu0201", "MA", "25", "Высшая"],
        ];
        package.Files[Classes] =
        [
            ["teacher_code", "school_code", "class", "subject", "year"],
            ["T00000001", "edu0101", "4А", "RU", "2024"],
            ["T00000001", "edu0101", "4А", "RU", "2025"],
            ["T00000001", "edu0101", "4А", "MA", "2025"],
            ["T00000002", "edu0102", "4Б", "RU", "2025"],
            ["T00000003", "edu0201", "4А", "MA", "2025"],
        ];
        package.Files[Diagnostics] =
        [
            ["teacher_code", "procedure", "year", "competence", "score", "max_score"],
            ["T00000001", "DIAG-2024", "2024", "SUBJ", "8", "10"],
            ["T00000001", "DIAG-2024", "2024", "METH", "3", "10"],
            ["T00000001", "DIAG-2025", "2025", "SUBJ", "9", "10"],
            ["T00000002", "DIAG-2025", "2025", "ASSESS", "4,5", "10"],
            ["T00000003", "DIAG-2025", "2025", "FL", "7", "10"],
            ["T00000003", "DIAG-2025", "2025", "DIGITAL", "10", "10"],
        ];
        return package;
    }
}
