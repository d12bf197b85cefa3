using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Import;
using Orientir.Data.Schools;

namespace Orientir.Web.Hosting;

/// <summary>The synthetic region a first start in demo mode shows, generated and imported like any package.</summary>
internal static class DemoRegion
{
    /// <summary>True when this start generated and imported the region (a first start).</summary>
    public static async Task<bool> ImportIfEmptyAsync(OrientirSettings settings, OrientirDbContext db, ILogger logger)
    {
        if (await db.Schools.AnyAsync()) return false;
        var folder = Directory.CreateTempSubdirectory("orientir-demo-").FullName;
        try
        {
            logger.LogInformation("Демонстрационный режим: создаётся демонстрационный регион ({Schools} школ)…", settings.DemoSchools);
            var summary = DemoPackageGenerator.Generate(folder, new DemoOptions(Seed: 1, Schools: settings.DemoSchools));
            logger.LogInformation("Пакет создан: {Schools} школ, {Works} работ; загрузка…", summary.Schools, summary.Works);
            var outcome = await new PackageImporter(settings.ConnectionString).ImportDirectoryAsync(folder, "demo", new FileProgress(logger));
            if (outcome.Succeeded)
            {
                logger.LogInformation("Демонстрационный регион загружен: {Municipalities} муниципалитетов, {SchoolCount} школ, {Works} работ",
                    summary.Municipalities, summary.Schools, summary.Works);
                await PublishSchoolListsAsync(db, logger);
                return true;
            }
            else
            {
                // The generator and the importer are meant to agree; a disagreement is a bug to report, not to hide.
                foreach (var error in outcome.Errors.Take(20)) logger.LogError("Демонстрационный пакет: {Error}", error.ToString());
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The application still starts, empty, so that an administrator can import real data.
            logger.LogError(exception, "Не удалось создать демонстрационный регион");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        return false;
    }

    /// <summary>The demo opens with the school lists of its last two years published, as an analyst would have done.</summary>
    private static async Task PublishSchoolListsAsync(OrientirDbContext db, ILogger logger)
    {
        var years = await db.Procedures.Select(p => p.Year).Distinct().OrderByDescending(y => y).Take(2).ToListAsync();
        foreach (var year in years.Order())
        {
            var run = await new SchoolAnalysisPublisher(db).PublishAsync(year, "demo");
            logger.LogInformation("Списки школ {Year} года опубликованы (расчёт № {Run})", year, run.Id);
        }
    }
}

/// <summary>Logs each file of a long import once per phase: checked first (no total yet), then stored.</summary>
file sealed class FileProgress(ILogger logger) : IProgress<ImportProgress>
{
    private (string File, bool Storing)? _current;

    public void Report(ImportProgress value)
    {
        var current = (value.File, Storing: value.RowsTotal is not null);
        if (current == _current) return;
        _current = current;
        logger.LogInformation(current.Storing ? "Запись {File}" : "Проверка {File}", value.File);
    }
}
