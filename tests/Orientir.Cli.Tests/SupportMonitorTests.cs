using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary><c>orientir support monitor</c> through the real command: the daily job on a chosen date.</summary>
public class SupportMonitorTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Marks_a_measure_past_its_deadline_overdue_and_records_the_reached_stages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = await GeneratedPackage.CreateAsync(40, years: "2024,2025");
        Assert.Equal(0, (await OrientirProcess.RunAsync("import", package.Directory, "--db", database.ConnectionString)).ExitCode);
        Assert.Equal(0, (await OrientirProcess.RunAsync("analyze", "schools", "--year", "2025", "--db", database.ConnectionString)).ExitCode);
        await using (var db = database.CreateContext())
        {
            var run = await db.SchoolAnalysisRuns.SingleAsync();
            var school = await db.Schools.OrderBy(s => s.Code).FirstAsync();
            var list = new TargetList
            {
                Year = 2025, Revision = 1, SourceRunId = run.Id, MethodologyVersion = 1, Status = TargetListStatus.Approved,
                CreatedBy = "analyst", CreatedAtUtc = DateTime.UtcNow, ApprovedBy = "analyst", ApprovedAtUtc = DateTime.UtcNow,
                EntryStageDate = new DateOnly(2025, 10, 1), InterimStageDate = new DateOnly(2026, 2, 1), FinalStageDate = new DateOnly(2026, 6, 30),
            };
            db.TargetLists.Add(list);
            var document = new SupportDocument { SchoolId = school.Id, Year = 2025, Kind = SupportDocumentKind.Concept, Title = "Концепция", UpdatedBy = "director", UpdatedAtUtc = DateTime.UtcNow };
            db.SupportDocuments.Add(document);
            await db.SaveChangesAsync();
            db.TargetListSchools.Add(new TargetListSchool { TargetListId = list.Id, SchoolId = school.Id, Basis = TargetBasis.Manual, Reason = "Проверка команды" });
            db.SupportMeasures.Add(new SupportMeasure { DocumentId = document.Id, Title = "Педсовет", Deadline = new DateOnly(2026, 1, 10), Responsible = "Директор" });
            await db.SaveChangesAsync();
        }

        var monitor = await OrientirProcess.RunAsync("support", "monitor", "--date", "2026-02-01", "--db", database.ConnectionString);

        Assert.True(monitor.ExitCode == 0, monitor.All);
        Assert.Contains("Проверка на 01.02.2026: просрочено мероприятий 1", monitor.All);
        Assert.Contains("срезов этапов 2", monitor.All);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(MeasureStatus.Overdue, (await db.SupportMeasures.SingleAsync()).Status);
            Assert.Equal([MonitoringStage.Entry, MonitoringStage.Interim], (await db.MonitoringSnapshots.ToListAsync()).Select(s => s.Stage).Order());
        }
    }

    [Fact]
    public async Task A_date_not_in_iso_form_is_refused_with_the_form_named()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var monitor = await OrientirProcess.RunAsync("support", "monitor", "--date", "01.02.2026", "--db", database.ConnectionString);

        Assert.NotEqual(0, monitor.ExitCode);
        Assert.Contains("ГГГГ-ММ-ДД", monitor.All);
    }
}
