namespace Orientir.Data.Import;

/// <summary>
/// The stable codes of import errors and warnings. They are part of the user-facing contract: docs/import-errors.md
/// lists each with its Russian message, so a code never changes meaning once released.
/// </summary>
public static class ImportCodes
{
    // The package as a whole.
    public const string NoKnownFiles = "IMP001";
    public const string EmptyFile = "IMP002";
    public const string UnsafeZipEntry = "IMP003";
    public const string BadZip = "IMP004";
    public const string FileChanged = "IMP005";
    public const string ConcurrentImport = "IMP006";
    public const string UnknownExport = "IMP007";
    public const string Cancelled = "IMP008";
    public const string MoreErrors = "IMP009";

    // Structure and values of any file.
    public const string MissingColumn = "IMP101";
    public const string MissingValue = "IMP102";
    public const string DuplicateCode = "IMP103";
    public const string BadNumber = "IMP104";
    public const string ShareOutOfRange = "IMP105";
    public const string NegativeStudents = "IMP106";
    public const string UnknownValue = "IMP107";
    public const string DuplicateColumn = "IMP108";
    public const string ValueTooLong = "IMP109";
    public const string MalformedRow = "IMP110";

    // References between files and to the database.
    public const string UnknownMunicipality = "IMP201";
    public const string UnknownSchool = "IMP202";
    public const string UnknownProcedure = "IMP203";

    // Procedures and tasks.
    public const string BadThresholds = "IMP301";
    public const string GradeOutOfRange = "IMP302";
    public const string BadMaxScore = "IMP303";
    public const string TaskSumMismatch = "IMP304";
    public const string TaskMaxOutOfRange = "IMP305";
    public const string DesignChangeWithWorks = "IMP306";
    public const string BadMinScore = "IMP307";

    // Results files.
    public const string ResultsForUnknownProcedure = "IMP401";
    public const string MissingTaskColumn = "IMP402";
    public const string UnknownTaskColumn = "IMP403";
    public const string ScoreAboveMax = "IMP404";
    public const string NegativeScore = "IMP405";
    public const string BadScore = "IMP406";
    public const string DuplicateParticipant = "IMP407";
    public const string PrimaryScoreMismatch = "IMP408";
    public const string MarkMismatch = "IMP409";
    public const string MarkOutOfRange = "IMP410";
    public const string ProcedureWithoutTasks = "IMP411";
    public const string TestScoreOutOfRange = "IMP412";

    // Teacher files.
    public const string UnknownTeacher = "IMP501";
    public const string UnknownSubject = "IMP502";
    public const string ExperienceOutOfRange = "IMP503";
    public const string BadDiagnosticScore = "IMP504";
    public const string BadDiagnosticMax = "IMP505";

    // Warnings: the import goes on.
    public const string UnknownFile = "IMPW01";
    public const string UnknownColumn = "IMPW02";
    public const string NewCompetence = "IMPW03";
    public const string SchoolCreatedFromExport = "IMPW04";
}
