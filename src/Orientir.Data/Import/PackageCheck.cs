using Orientir.Domain.Results;

namespace Orientir.Data.Import;

/// <summary>
/// Checks a whole package against itself and the database before anything is stored, and works out what the
/// store must do: which task designs are replaced, which results files must be read again although unchanged,
/// and which procedures keep their works but get their marks recomputed from a new scale. The results files —
/// the bulk of a package — are only prepared here (their designs and file-level errors): they are checked row by
/// row while they are stored, in one pass (<see cref="PackageWriter"/>), or by <see cref="CheckResultsRows"/> when
/// the package is rejected anyway, so that every error is still reported.
/// </summary>
internal sealed class PackageCheck(List<PackageFile> files, DatabaseSnapshot database, List<ImportError> warnings,
    IProgress<ImportProgress>? progress)
{
    private readonly Dictionary<PackageFile, FileErrors> _errors = [];

    public PackageContent Content { get; } = new();
    public Dictionary<PackageFile, ResultsDesign> ResultsDesigns { get; } = [];
    /// <summary>Procedures whose stored tasks are replaced by the package's.</summary>
    public HashSet<string> ReplacedDesigns { get; } = new(StringComparer.Ordinal);
    /// <summary>Procedures whose stored works stay but whose mark scale changes: their marks are recomputed.</summary>
    public Dictionary<string, MarkThresholds> Rescaled { get; } = new(StringComparer.Ordinal);
    public bool HasErrors => _errors.Values.Any(e => e.Any);

    public List<ImportError> AllErrors()
    {
        var all = new List<ImportError>();
        foreach (var file in files)
            if (_errors.TryGetValue(file, out var e)) e.CopyTo(all);
        return all;
    }

    public void Run()
    {
        ReadSmallFiles();
        ReadTeacherFiles();
        if (ToRead(PackageFileKind.SchoolResults) is { } schoolResults)
        {
            Content.SchoolResults = SchoolResultsWriter.Check(schoolResults, ErrorsOf(schoolResults), warnings, Content, database);
            Report(schoolResults);
        }
        var scoringChanged = CompareDesigns();
        CheckTaskSums();
        foreach (var file in files)
        {
            // A results file depends on its procedure's tasks and scale: when those change, it is read again.
            if (file is { Kind: PackageFileKind.Results, Status: FileImportStatus.Unchanged } && scoringChanged.Contains(file.ProcedureCode!))
            {
                file.Status = FileImportStatus.Imported;
                file.Rows = 0;
            }
        }
        PrepareResults();
        FindRescaled();
    }

    /// <summary>The results files to read, each with the design it is read against.</summary>
    public IEnumerable<PackageFile> ResultsToRead =>
        files.Where(f => f is { Kind: PackageFileKind.Results, Status: FileImportStatus.Imported } && ResultsDesigns.ContainsKey(f));

    /// <summary>Every school code a results row may name, with its id (0 for a school the package adds).</summary>
    public Dictionary<string, int> SchoolsForResults()
    {
        var schools = new Dictionary<string, int>(database.Schools, StringComparer.Ordinal);
        foreach (var code in Content.SchoolCodes) schools.TryAdd(code, 0);
        return schools;
    }

    /// <summary>Reads every results file without storing it: the rows' errors of a package that is rejected anyway.</summary>
    public void CheckResultsRows(CancellationToken cancellationToken)
    {
        var schools = SchoolsForResults();
        foreach (var file in ResultsToRead)
            file.Rows = ResultsFile.Read(file, ResultsDesigns[file], schools, ErrorsOf(file), warnings, sink: null, progress,
                rowsTotal: null, cancellationToken);
    }

    public FileErrors ErrorsOf(PackageFile file)
    {
        if (!_errors.TryGetValue(file, out var errors)) _errors[file] = errors = new FileErrors(file.Name);
        return errors;
    }

    private PackageFile? ToRead(PackageFileKind kind) =>
        files.FirstOrDefault(f => f.Kind == kind && f.Status == FileImportStatus.Imported);

    private void ReadSmallFiles()
    {
        if (ToRead(PackageFileKind.Municipalities) is { } municipalities)
        {
            Content.Municipalities = RegistryFiles.ReadMunicipalities(municipalities, ErrorsOf(municipalities), warnings, Content.MunicipalityCodes);
            Report(municipalities);
        }
        if (ToRead(PackageFileKind.Schools) is { } schools)
        {
            Content.Schools = RegistryFiles.ReadSchools(schools, ErrorsOf(schools), warnings, Content.SchoolCodes,
                code => Content.MunicipalityCodes.Contains(code) || database.Municipalities.ContainsKey(code));
            Report(schools);
        }
        if (ToRead(PackageFileKind.Procedures) is { } procedures)
        {
            Content.Procedures = ProcedureFiles.ReadProcedures(procedures, ErrorsOf(procedures), warnings, Content);
            Report(procedures);
        }
        if (ToRead(PackageFileKind.Tasks) is { } tasks)
        {
            Content.Tasks = ProcedureFiles.ReadTasks(tasks, ErrorsOf(tasks), warnings, Content, ProcedureExists);
            Report(tasks);
        }
    }

    private void ReadTeacherFiles()
    {
        var subjects = new HashSet<string>(database.Subjects, StringComparer.Ordinal);
        foreach (var row in Content.Procedures ?? []) subjects.Add(row.Subject);
        var references = new TeacherReferences(
            code => Content.SchoolCodes.Contains(code) || database.Schools.ContainsKey(code),
            subjects.Contains,
            code => Content.TeacherCodes.Contains(code) || database.TeacherCodes.Contains(code),
            database.Competences.Contains);
        if (ToRead(PackageFileKind.Teachers) is { } teachers)
        {
            Content.Teachers = TeacherFiles.ReadTeachers(teachers, ErrorsOf(teachers), warnings, Content, references);
            Report(teachers);
        }
        if (ToRead(PackageFileKind.TeacherClasses) is { } classes)
        {
            Content.TeacherClasses = TeacherFiles.ReadClasses(classes, ErrorsOf(classes), warnings, references);
            Report(classes);
        }
        if (ToRead(PackageFileKind.TeacherDiagnostics) is { } diagnostics)
        {
            Content.TeacherDiagnostics = TeacherFiles.ReadDiagnostics(diagnostics, ErrorsOf(diagnostics), warnings, Content, references);
            Report(diagnostics);
        }
    }

    private void Report(PackageFile file) => progress?.Report(new ImportProgress(file.Name, file.Rows, null));

    private bool ProcedureExists(string code) => Content.ProcedureCodes.Contains(code) || database.Procedures.ContainsKey(code);

    /// <returns>Procedures whose scoring (tasks' labels and maxima, maximum, scale) differs from the database.</returns>
    private HashSet<string> CompareDesigns()
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Content.Procedures ?? [])
        {
            var stored = database.Procedures.GetValueOrDefault(row.Code);
            if (stored is null || stored.MaxScore != row.MaxScore || stored.Thresholds != row.Thresholds) changed.Add(row.Code);
        }
        if (Content.Tasks is null) return changed;
        var tasksFile = files.First(f => f.Kind == PackageFileKind.Tasks);
        foreach (var (code, tasks) in Content.Tasks)
        {
            if (Content.ProceduresWithBadTasks.Contains(code)) continue;
            var stored = database.Procedures.GetValueOrDefault(code);
            var storedTasks = stored?.Tasks ?? [];
            if (tasks.Count == storedTasks.Count && tasks.Zip(storedTasks).All(pair => pair.First.SameAs(pair.Second))) continue;
            ReplacedDesigns.Add(code);
            var sameScoring = tasks.Count == storedTasks.Count
                && tasks.Zip(storedTasks).All(p => p.First.Label == p.Second.Label && p.First.MaxScore == p.Second.MaxScore);
            if (sameScoring) continue;
            changed.Add(code);
            if (stored is { HasWorks: true } && !files.Any(f => f.Kind == PackageFileKind.Results && f.ProcedureCode == code))
                ErrorsOf(tasksFile).Add(tasks[0].Line, Content.TasksProcedureHeader, ImportCodes.DesignChangeWithWorks,
                    $"задания процедуры «{code}» изменены, а в базе уже есть её работы, упакованные по старым заданиям: " +
                    $"добавьте в пакет results/{code}.csv, чтобы заменить работы вместе с заданиями");
        }
        return changed;
    }

    /// <summary>The tasks' maxima must add up to the procedure's maximum, whichever of the two the package brings.</summary>
    private void CheckTaskSums()
    {
        var procedureRows = (Content.Procedures ?? []).ToDictionary(p => p.Code, StringComparer.Ordinal);
        var codes = procedureRows.Keys.Concat(Content.Tasks?.Keys ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (Content.ProceduresWithBadTasks.Contains(code)) continue;
            var row = procedureRows.GetValueOrDefault(code);
            var stored = database.Procedures.GetValueOrDefault(code);
            var max = row?.MaxScore ?? stored?.MaxScore;
            var tasks = Content.Tasks?.GetValueOrDefault(code) ?? stored?.Tasks;
            if (max is null || tasks is not { Count: > 0 }) continue;
            var sum = tasks.Sum(t => t.MaxScore);
            if (sum == max) continue;
            var message = $"сумма максимальных баллов заданий процедуры «{code}» ({sum}) не равна её максимальному баллу ({max})";
            if (row is not null)
                ErrorsOf(files.First(f => f.Kind == PackageFileKind.Procedures))
                    .Add(row.Line, Content.ProceduresMaxHeader, ImportCodes.TaskSumMismatch, message);
            else
                ErrorsOf(files.First(f => f.Kind == PackageFileKind.Tasks))
                    .Add(tasks[0].Line, Content.TasksMaxHeader, ImportCodes.TaskSumMismatch, message);
        }
    }

    private void PrepareResults()
    {
        var procedureRows = (Content.Procedures ?? []).ToDictionary(p => p.Code, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f is { Kind: PackageFileKind.Results, Status: FileImportStatus.Imported }))
        {
            var code = file.ProcedureCode!;
            var errors = ErrorsOf(file);
            if (!ProcedureExists(code))
            {
                errors.Add(0, "", ImportCodes.ResultsForUnknownProcedure,
                    $"процедура «{code}» (по имени файла) не найдена ни в procedures.csv, ни в базе");
                continue;
            }
            var stored = database.Procedures.GetValueOrDefault(code);
            var tasks = Content.Tasks?.GetValueOrDefault(code) ?? stored?.Tasks ?? [];
            if (tasks.Count == 0)
            {
                errors.Add(0, "", ImportCodes.ProcedureWithoutTasks,
                    $"у процедуры «{code}» нет заданий: добавьте их в tasks.csv");
                continue;
            }
            var thresholds = procedureRows.TryGetValue(code, out var row) ? row.Thresholds : stored?.Thresholds;
            var design = new ResultsDesign(code, [.. tasks.Select(t => t.Label)], [.. tasks.Select(t => (byte)t.MaxScore)], thresholds);
            ResultsDesigns[file] = design;
        }
    }

    private void FindRescaled()
    {
        foreach (var row in Content.Procedures ?? [])
        {
            if (row.Thresholds is null || database.Procedures.GetValueOrDefault(row.Code) is not { HasWorks: true } stored) continue;
            if (stored.Thresholds == row.Thresholds) continue;
            if (files.Any(f => f is { Kind: PackageFileKind.Results, Status: FileImportStatus.Imported } && f.ProcedureCode == row.Code)) continue;
            Rescaled[row.Code] = row.Thresholds;
        }
    }
}
