using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Imports;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Data.Import;

/// <summary>
/// Stores a checked package in one transaction: a batch per imported file, the registry and procedures upserted
/// by code through EF, task designs replaced, every imported results file replacing its procedure's works through
/// the bulk writers, the teacher files (<see cref="TeacherWriter"/>), and one audit entry. Records keep the batch of
/// the file that last changed them. The results files are checked row by row while they are stored (one pass over
/// the bulk of the package): if any row is bad, every file is still read to report all errors, and the transaction
/// is rolled back — nothing is stored. Cancellation rolls back the same way.
/// </summary>
internal sealed class PackageWriter(OrientirDbContext context, List<PackageFile> files, PackageCheck check,
    DatabaseSnapshot snapshot, string userName, string packageName, List<ImportError> warnings, IProgress<ImportProgress>? progress)
{
    public const string AuditAction = "import.package";

    /// <summary>The key of the PostgreSQL advisory lock that lets one import store at a time.</summary>
    private const long ImportLockKey = 0x4F52_494D_504F_5254; // "ORIMPORT"

    /// <returns>Empty when stored, else the errors that rolled everything back.</returns>
    public async Task<List<ImportError>> WriteAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // SQLite's transaction already takes the write lock (BEGIN IMMEDIATE); PostgreSQL needs one so that two
        // imports cannot both pass the check below before either commits.
        if (context.Provider == DatabaseProvider.Postgres)
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", cancellationToken);
        var lastBatch = await context.ImportBatches.MaxAsync(b => (long?)b.Id, cancellationToken);
        if (lastBatch != snapshot.LastBatchId)
            return [new ImportError(packageName, 0, "", ImportCodes.ConcurrentImport,
                "пока пакет проверялся, в базу загрузили другой пакет: повторите загрузку")];
        await using var tuning = await ImportTuning.StartAsync(context, cancellationToken);

        var now = DateTime.UtcNow;
        var imported = files.Where(f => f.Status == FileImportStatus.Imported).ToList();
        var batches = imported.Select(f => (File: f, Batch: new ImportBatch(f.Name, f.Sha256, now, userName, f.Rows))).ToList();
        context.ImportBatches.AddRange(batches.Select(b => b.Batch));
        await context.SaveChangesAsync(cancellationToken);
        foreach (var (file, batch) in batches) file.BatchId = batch.Id;

        await WriteMunicipalitiesAsync(cancellationToken);
        await WriteSchoolsAsync(cancellationToken);
        await WriteProceduresAsync(cancellationToken);
        await RescaleAsync(cancellationToken);
        if (await WriteResultsAsync(cancellationToken) is { Count: > 0 } errors) return errors;
        if (check.Content.SchoolResults is { } schoolResults)
        {
            await new SchoolResultsWriter(context, schoolResults, BatchOf(PackageFileKind.SchoolResults)).WriteAsync(cancellationToken);
            Stored(PackageFileKind.SchoolResults);
        }
        await new TeacherWriter(context, check.Content, BatchOf).WriteAsync(cancellationToken);
        ReportTeacherFiles();

        context.Audit.Add(new AuditEntry(now, userName, AuditAction, Describe()));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    private long BatchOf(PackageFileKind kind) => files.First(f => f.Kind == kind && f.Status == FileImportStatus.Imported).BatchId;

    private void Stored(PackageFileKind kind)
    {
        var file = files.First(f => f.Kind == kind);
        progress?.Report(new ImportProgress(file.Name, file.Rows, file.Rows));
    }

    private void ReportTeacherFiles()
    {
        if (check.Content.Teachers is not null) Stored(PackageFileKind.Teachers);
        if (check.Content.TeacherClasses is not null) Stored(PackageFileKind.TeacherClasses);
        if (check.Content.TeacherDiagnostics is not null) Stored(PackageFileKind.TeacherDiagnostics);
    }

    private async Task WriteMunicipalitiesAsync(CancellationToken cancellationToken)
    {
        if (check.Content.Municipalities is not { } rows) return;
        var batch = BatchOf(PackageFileKind.Municipalities);
        var existing = await context.Municipalities.ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var municipality))
                context.Municipalities.Add(new Municipality(row.Code, row.Name, batch));
            else if (municipality.Name != row.Name)
                municipality.Rename(row.Name, batch);
        }
        await context.SaveChangesAsync(cancellationToken);
        Stored(PackageFileKind.Municipalities);
    }

    private async Task WriteSchoolsAsync(CancellationToken cancellationToken)
    {
        if (check.Content.Schools is not { } rows) return;
        var batch = BatchOf(PackageFileKind.Schools);
        var municipalities = await context.Municipalities.AsNoTracking()
            .ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.Ordinal, cancellationToken);
        var existing = await context.Schools.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var row in rows)
        {
            var municipalityId = municipalities[row.MunicipalityCode];
            if (!existing.TryGetValue(row.Code, out var school))
                context.Schools.Add(new School(row.Code, municipalityId, row.Name, row.Type, row.Locality, row.Students, row.Passport, batch));
            else if (school.MunicipalityId != municipalityId || school.Name != row.Name || school.Type != row.Type
                     || school.Locality != row.Locality || school.Students != row.Students || school.Passport != row.Passport)
                school.Update(municipalityId, row.Name, row.Type, row.Locality, row.Students, row.Passport, batch);
        }
        await context.SaveChangesAsync(cancellationToken);
        Stored(PackageFileKind.Schools);
    }

    private async Task WriteProceduresAsync(CancellationToken cancellationToken)
    {
        if (check.Content.Procedures is null && check.ReplacedDesigns.Count == 0) return;
        // Old task rows go first, so that the new ones can take their numbers and labels.
        var replacedIds = check.ReplacedDesigns.Select(code => snapshot.Procedures.GetValueOrDefault(code)?.Id)
            .OfType<int>().ToList();
        if (replacedIds.Count > 0)
            await context.Tasks.Where(t => replacedIds.Contains(t.ProcedureId)).ExecuteDeleteAsync(cancellationToken);

        var existing = await context.Procedures.Include(p => p.Tasks)
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        if (check.Content.Procedures is { } rows)
        {
            var batch = BatchOf(PackageFileKind.Procedures);
            foreach (var row in rows)
            {
                if (!existing.TryGetValue(row.Code, out var procedure))
                {
                    procedure = new AssessmentProcedure(row.Code, row.Kind, row.Subject, row.Grade, row.Year, row.MaxScore,
                        row.Thresholds, row.MinScore, batch);
                    context.Procedures.Add(procedure);
                    existing[row.Code] = procedure;
                }
                else if (procedure.Kind != row.Kind || procedure.Subject != row.Subject || procedure.Grade != row.Grade
                         || procedure.Year != row.Year || procedure.MaxScore != row.MaxScore || procedure.Thresholds != row.Thresholds
                         || procedure.MinScore != row.MinScore)
                {
                    procedure.Update(row.Kind, row.Subject, row.Grade, row.Year, row.MaxScore, row.Thresholds, row.MinScore, batch);
                }
            }
        }
        if (check.ReplacedDesigns.Count > 0)
        {
            var batch = BatchOf(PackageFileKind.Tasks);
            foreach (var code in check.ReplacedDesigns)
            {
                var tasks = check.Content.Tasks![code];
                existing[code].ReplaceTasks(tasks.Select((t, number) =>
                    new AssessmentTask(number, t.Label, t.MaxScore, t.Level, t.Skills, batch)));
            }
        }
        await context.SaveChangesAsync(cancellationToken);
        if (check.Content.Procedures is not null) Stored(PackageFileKind.Procedures);
        if (check.Content.Tasks is not null) Stored(PackageFileKind.Tasks);
    }

    /// <summary>A new mark scale for works that stay: their marks follow the scale, as a results file's must.</summary>
    private async Task RescaleAsync(CancellationToken cancellationToken)
    {
        foreach (var (code, scale) in check.Rescaled)
        {
            var id = snapshot.Procedures[code].Id;
            await context.Works.Where(w => w.ProcedureId == id).ExecuteUpdateAsync(set => set.SetProperty(w => w.Mark,
                w => (byte?)(w.PrimaryScore >= scale.Mark5 ? 5 : w.PrimaryScore >= scale.Mark4 ? 4 : w.PrimaryScore >= scale.Mark3 ? 3 : 2)),
                cancellationToken);
        }
    }

    private async Task<List<ImportError>> WriteResultsAsync(CancellationToken cancellationToken)
    {
        var results = check.ResultsToRead.ToList();
        if (results.Count == 0) return [];
        var schools = await context.Schools.AsNoTracking()
            .ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var procedures = await context.Procedures.AsNoTracking()
            .ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.Ordinal, cancellationToken);
        var ids = results.Select(f => procedures[f.ProcedureCode!]).ToList();
        // A results file is the complete set of its procedure's works.
        await context.Works.Where(w => ids.Contains(w.ProcedureId)).ExecuteDeleteAsync(cancellationToken);
        var indexes = await PostgresWorkIndexes.SetAsideAsync(context,
            results.Sum(f => Math.Max(f.LineBreaks - 1, 0)), cancellationToken);
        foreach (var file in results)
        {
            var errors = check.ErrorsOf(file);
            var rowsExpected = Math.Max(file.LineBreaks - 1, 0);
            if (check.HasErrors)
            {
                // Rejected already: the rest is only read for its errors, and nothing more is sent to the database
                // (PostgreSQL refuses every statement after a cancelled COPY until the rollback).
                file.Rows = await Task.Run(() => ResultsFile.Read(file, check.ResultsDesigns[file], schools, errors, warnings,
                    sink: null, progress, rowsExpected, cancellationToken), cancellationToken);
                continue;
            }
            await using (var writer = await WorkWriter.StartAsync(context, procedures[file.ProcedureCode!], file.BatchId, cancellationToken))
            {
                file.Rows = await Task.Run(() => ResultsFile.Read(file, check.ResultsDesigns[file], schools, errors, warnings,
                    writer, progress, rowsExpected, cancellationToken), cancellationToken);
                if (!errors.Any) await writer.CompleteAsync(cancellationToken);
            }
            if (!errors.Any)
                await context.ImportBatches.Where(b => b.Id == file.BatchId)
                    .ExecuteUpdateAsync(set => set.SetProperty(b => b.Rows, file.Rows), cancellationToken);
        }
        if (check.HasErrors) return check.AllErrors();
        await indexes.RestoreAsync(cancellationToken);
        return [];
    }

    private string Describe()
    {
        var imported = files.Where(f => f.Status == FileImportStatus.Imported).ToList();
        var unchanged = files.Count - imported.Count;
        var works = imported.Where(f => f.Kind == PackageFileKind.Results).Sum(f => (long)f.Rows);
        return $"Пакет «{packageName}»: загружено файлов {imported.Count} ({string.Join(", ", imported.Select(f => $"{f.Name}: {f.Rows}"))}), " +
               $"без изменений {unchanged}, работ {works}.";
    }
}
