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
    public const string UnreadableExport = "IMP010";

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

    // Aggregated school results (school_results.csv) and the regional ЕГЭ-by-school form.
    public const string NegativeParticipants = "IMP701";
    public const string SharesNotAddingUp = "IMP702";
    public const string CountAboveParticipants = "IMP703";
    public const string MeanOutOfRange = "IMP704";
    public const string DuplicateSchoolResult = "IMP705";
    public const string EgeFormLayout = "IMP710";
    public const string EgeFormUnknownSubject = "IMP711";
    public const string EgeFormBadNumber = "IMP712";
    public const string EgeFormNoYear = "IMP713";

    // Warnings: the import goes on.
    public const string UnknownFile = "IMPW01";
    public const string UnknownColumn = "IMPW02";
    public const string NewCompetence = "IMPW03";
    public const string SchoolCreatedFromExport = "IMPW04";

    // The ФИС ОКО «Индивидуальные результаты» workbook (docs/adapters/fis-oko-results.md).
    public const string FisOkoNoTitle = "IMP600";
    public const string FisOkoUnknownSubject = "IMP601";
    public const string FisOkoNoHeader = "IMP602";
    public const string FisOkoMissingColumn = "IMP603";
    public const string FisOkoDuplicateColumn = "IMP604";
    public const string FisOkoNoTasks = "IMP605";
    public const string FisOkoBadLevel = "IMP606";
    public const string FisOkoTasksDiffer = "IMP607";
    public const string FisOkoBadValue = "IMP608";
    public const string FisOkoScoreOutOfRange = "IMP609";
    public const string FisOkoPrimaryMismatch = "IMP610";
    public const string FisOkoMarkOutOfRange = "IMP611";
    public const string FisOkoDuplicateParticipant = "IMP612";
    public const string FisOkoMissingValue = "IMP613";
    public const string FisOkoNoWorks = "IMP614";
    public const string FisOkoMarksWithoutScale = "IMPW10";
    public const string FisOkoSheetSkipped = "IMPW11";
    // РЦОИ result protocols (docs/adapters/rcoi-protocol.md).
    public const string ProtocolProcedureUnknown = "IMP620";
    public const string ProtocolSubjectUnknown = "IMP621";
    public const string ProtocolShortAnswerLength = "IMP622";
    public const string ProtocolBadShortAnswer = "IMP623";
    public const string ProtocolBadExpandedAnswer = "IMP624";
    public const string ProtocolExpandedDesign = "IMP625";
    public const string ProtocolDesignMismatch = "IMP626";
    public const string ProtocolTestScoreConflict = "IMP627";
    public const string ProtocolTestScoreNotMonotone = "IMP628";
    public const string ProtocolNoRows = "IMP629";
    public const string ProtocolShortMaximaInferred = "IMPW20";
    // The subject synonym table and the ФИС ОКО statistics form.
    public const string BadSubjectCode = "IMP730";
    public const string UnknownSubjectName = "IMP731";
    public const string FormTitleMissing = "IMP740";
    public const string MarkSharesSum = "IMP741";
    public const string DuplicateSchoolRow = "IMP742";
    public const string FormWithoutSchools = "IMP743";
    public const string FormSheetSkipped = "IMPW40";
    public const string EgeFormSheetSkipped = "IMPW31";
    public const string EgeFormValueDropped = "IMPW32";
    public const string EgeFormMeanMark = "IMPW33";
    public const string EgeFormMeanWithoutParticipants = "IMPW34";
    public const string EgeFormAboveGraduates = "IMPW35";
    public const string EgeFormSubtotalMismatch = "IMPW36";
    public const string EgeFormYearDiffers = "IMPW37";
}
