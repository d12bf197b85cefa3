using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Results.Subjects;

namespace Orientir.Data.Import.Adapters;

/// <summary>
/// Imports whatever an analyst has: a package (folder or .zip) as it is, and a real export (docs/adapters/) through
/// the adapter that recognizes it. An export is translated into a package draft in a temporary folder and imported
/// with the same checks, in the same one transaction, with the same re-import rule (the same export twice changes
/// nothing); an error found in the draft is reported at the export's sheet and row. The export's own problems stop
/// the import before anything is stored.
/// </summary>
public sealed class ExportImporter(string connectionString)
{
    private readonly PackageImporter _packages = new(connectionString);
    private readonly IReadOnlyList<IExportAdapter> _adapters = ExportAdapters.All;

    /// <summary>An importer that tries <paramref name="adapters"/> instead of the registered ones (tests).</summary>
    internal ExportImporter(string connectionString, IReadOnlyList<IExportAdapter> adapters) : this(connectionString) =>
        _adapters = adapters;

    public async Task<ImportOutcome> ImportPathAsync(string path, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(path)) return await _packages.ImportDirectoryAsync(path, userName, progress, cancellationToken);
        var name = Path.GetFileName(path);
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            await using var zip = File.OpenRead(path);
            return await _packages.ImportZipAsync(zip, name, userName, progress, cancellationToken);
        }
        return await ImportExportAsync(new ExportFile(path, name), userName, progress, cancellationToken);
    }

    /// <summary>An uploaded file: a zipped package or an export, by its name and content.</summary>
    public async Task<ImportOutcome> ImportUploadAsync(Stream content, string fileName, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return await _packages.ImportZipAsync(content, fileName, userName, progress, cancellationToken);
        var folder = Directory.CreateTempSubdirectory("orientir-upload-").FullName;
        try
        {
            var path = Path.Combine(folder, "upload" + Path.GetExtension(fileName));
            await using (var file = File.Create(path)) await content.CopyToAsync(file, cancellationToken);
            return await ImportExportAsync(new ExportFile(path, Path.GetFileName(fileName)), userName, progress, cancellationToken);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private async Task<ImportOutcome> ImportExportAsync(ExportFile file, string userName,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var adapter = _adapters.FirstOrDefault(a => Recognizes(a, file));
        if (adapter is null && file.IsWorkbook && !Opens(file))
            return Failed(new ImportError(file.Name, 0, "", ImportCodes.UnreadableExport, WorkbookRows.DamagedMessage));
        if (adapter is null)
            return Failed(new ImportError(file.Name, 0, "", ImportCodes.UnknownExport,
                "файл не похож ни на пакет (папка или .zip), ни на одну из известных выгрузок: " +
                string.Join(", ", _adapters.Select(a => $"«{a.Title}»"))));

        var folder = Directory.CreateTempSubdirectory("orientir-export-").FullName;
        try
        {
            using var draft = new PackageDraft(folder);
            var context = await LoadContextAsync(file, draft, cancellationToken);
            progress?.Report(new ImportProgress(file.Name, 0, null));
            try
            {
                await Task.Run(() => adapter.Translate(file, context, cancellationToken), cancellationToken);
                context.ReportCreatedSchools();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Failed(PackageImporter.CancelledError(file.Name));
            }
            catch (InvalidDataException)
            {
                // A reader refused the file mid-way (WorkbookRows on a damaged part): the draft is dropped unstored.
                return Failed(new ImportError(file.Name, 0, "", ImportCodes.UnreadableExport, WorkbookRows.DamagedMessage));
            }
            draft.Complete();
            if (context.HasErrors) return new ImportOutcome([], context.Errors, context.Warnings);
            var outcome = await _packages.ImportFolderAsync(folder, file.Name, userName, progress, cancellationToken);
            return new ImportOutcome(outcome.Files,
                [.. outcome.Errors.Select(e => Located(e, draft, file))],
                [.. context.Warnings, .. outcome.Warnings.Select(e => Located(e, draft, file))]);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static bool Recognizes(IExportAdapter adapter, ExportFile file)
    {
        try { return adapter.Recognizes(file); }
        // A look at a file that is not the adapter's export may fail in any way; it only means "not mine".
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Whether the workbook's sheets can be listed: a damaged one is reported as such, not as unknown.</summary>
    private static bool Opens(ExportFile file)
    {
        try
        {
            return WorkbookRows.SheetNames(file.Path).Count > 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private async Task<ExportContext> LoadContextAsync(ExportFile file, PackageDraft draft, CancellationToken cancellationToken)
    {
        await using var db = OrientirDatabase.CreateContext(_packages.ConnectionString);
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(cancellationToken);
        var schools = await db.Schools.AsNoTracking()
            .Join(db.Municipalities, s => s.MunicipalityId, m => m.Id, (s, m) => new { s.Code, Municipality = m.Code, s.Name })
            .ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Tasks).ToListAsync(cancellationToken);
        var known = procedures.ToDictionary(p => p.Code,
            p => new KnownProcedure(p.Code, p.MaxScore, [.. p.Tasks.OrderBy(t => t.Number).Select(t => (t.Label, t.MaxScore))]),
            StringComparer.Ordinal);
        var subjects = await SubjectNames.LoadAsync(db, cancellationToken);
        return new ExportContext(file, draft, subjects, municipalities,
            schools.Select(s => (s.Code, s.Municipality, s.Name)), known);
    }

    /// <summary>An error of a drafted file, moved to the export's sheet and row when the draft knows them.</summary>
    private static ImportError Located(ImportError error, PackageDraft draft, ExportFile file) =>
        draft.PlaceOf(error.File, error.Line) is { } place
            ? error with { File = file.Name, Line = place.Row, Sheet = place.Sheet }
            : error with { File = $"{file.Name} → {error.File}" };

    private static ImportOutcome Failed(ImportError error) => new([], [error], []);

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
