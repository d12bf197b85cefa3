using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Support;
using Orientir.Data.Support.Indicators;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Results;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Indicators;

public class SystemIndicatorUpdaterTests
{
    /// <summary>The standard package's Russian procedure again, as VPR 2026 with the same works.</summary>
    private static TestPackage Year2026()
    {
        var standard = TestPackage.Standard();
        const string code = "VPR-2026-RU-4";
        var package = new TestPackage();
        package.Files["procedures.csv"] =
        [
            standard.Files["procedures.csv"][0],
            [code, "VPR", "RU", "4", "2026", "10", "3:4;4:6;5:8", ""],
        ];
        package.Files["tasks.csv"] = [standard.Files["tasks.csv"][0], .. standard.Files["tasks.csv"].Skip(1).Where(r => r[0] == TestPackage.Ru).Select(r => (string[])[code, .. r.Skip(1)])];
        package.Files[$"results/{code}.csv"] = standard.Files[TestPackage.RuResults];
        standard.Dispose();
        return package;
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_import_with_a_new_year_measures_system_indicators_and_the_same_file_again_changes_nothing(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var schoolId = world.Schools["edu0101"];
        var code = new SystemIndicator(SystemMetric.ShareOfTwos, ProcedureKind.Vpr, "RU", 4).Code;
        var baseline = await new SystemIndicators(world.Db).ValueAsync(schoolId, code, 2025);
        Assert.NotNull(baseline);
        var document = new SupportDocument { SchoolId = schoolId, Year = 2025, Kind = SupportDocumentKind.MediumTermProgramme, Title = "Программа", UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test" };
        world.Db.SupportDocuments.Add(document);
        await world.Db.SaveChangesAsync();
        var indicator = new ProgrammeIndicator { DocumentId = document.Id, Name = "Доля «2»", SystemCode = code, Unit = "%", HigherIsBetter = false, Baseline = baseline.Value, Target = 0 };
        var typed = new ProgrammeIndicator { DocumentId = document.Id, Name = "Участие родителей", Unit = "%", Baseline = 10, Target = 30 };
        world.Db.ProgrammeIndicators.AddRange(indicator, typed);
        await world.Db.SaveChangesAsync();

        // Nothing after 2025 yet: an update on its own changes nothing and writes no audit.
        Assert.Equal(0, await new SystemIndicatorUpdater(world.Db, TimeProvider.System).UpdateAsync("test"));

        using var package = Year2026();
        var folder = package.Write();
        ImportAssertions.Succeeded(await new PackageImporter(world.Database.ConnectionString).ImportDirectoryAsync(folder, "analyst"));

        await using (var db = world.Database.CreateContext())
        {
            var measured = await db.ProgrammeIndicators.SingleAsync(i => i.Id == indicator.Id);
            Assert.Equal(2026, measured.MeasuredYear);
            Assert.Equal(await new SystemIndicators(db).ValueAsync(schoolId, code, 2026), measured.Measured);
            Assert.NotNull(measured.MeasuredAtUtc);
            Assert.Null((await db.ProgrammeIndicators.SingleAsync(i => i.Id == typed.Id)).MeasuredYear);
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == SystemIndicatorUpdater.AuditAction));
        }

        ImportAssertions.Succeeded(await new PackageImporter(world.Database.ConnectionString).ImportDirectoryAsync(folder, "analyst"));
        await using (var db = world.Database.CreateContext())
        {
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == SystemIndicatorUpdater.AuditAction));
            Assert.Equal(0, await new SystemIndicatorUpdater(db, TimeProvider.System).UpdateAsync("test"));
        }
    }
}
