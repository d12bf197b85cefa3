using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Support;
using Orientir.Web.Tests.Infrastructure;
using Orientir.Web.Tests.Schools;

namespace Orientir.Web.Tests.Support.Monitoring;

/// <summary>
/// An app of its own over <see cref="AnalysisRun"/> with the 2025 programme in force: S011 (M01) and S021 (M02) on the
/// approved list, the entry stage passed and the interim one ahead (dates around the real today, since the app's
/// clock is the system's), S011's approved programme with a measure past its deadline, one done, and an indicator,
/// and the test region's curator assigned to S011.
/// </summary>
public sealed class MonitoringApp : IAsyncLifetime
{
    public const string PastDueMeasure = "Семинар по оцениванию";
    public const string DoneMeasure = "Входная диагностика";
    public const string Indicator = "Доля учителей, прошедших курсы";

    public WebAppFixture App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await AnalysisRun.EnsureAsync(App.App.Services);
        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var run = await db.SchoolAnalysisRuns.Where(r => r.Year == AnalysisRun.Year).Select(r => r.Id).SingleAsync();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var list = new TargetList
        {
            Year = AnalysisRun.Year, Revision = 1, SourceRunId = run, MethodologyVersion = 1, Status = TargetListStatus.Approved,
            CreatedBy = "analyst@test.orientir", CreatedAtUtc = DateTime.UtcNow, ApprovedBy = "analyst@test.orientir", ApprovedAtUtc = DateTime.UtcNow,
            EntryStageDate = today.AddDays(-30), InterimStageDate = today.AddDays(30), FinalStageDate = today.AddDays(90),
        };
        db.TargetLists.Add(list);
        await db.SaveChangesAsync();
        db.TargetListSchools.AddRange(
            new TargetListSchool { TargetListId = list.Id, SchoolId = schools["S011"], Basis = TargetBasis.LowResultsAndUnfavourable },
            new TargetListSchool { TargetListId = list.Id, SchoolId = schools["S021"], Basis = TargetBasis.LowResults });
        var curator = await db.Users.Where(u => u.Email == TestRegion.User(Roles.Curator).Email).Select(u => u.Id).SingleAsync();
        db.CuratorAssignments.Add(new CuratorAssignment { SchoolId = schools["S011"], CuratorUserId = curator, FromUtc = DateTime.UtcNow.AddDays(-40), AssignedBy = "test" });
        var programme = new SupportDocument
        {
            SchoolId = schools["S011"], Year = AnalysisRun.Year, Kind = SupportDocumentKind.AntiRiskProgramme, RiskFactorCode = "staffing",
            Title = "Антирисковая программа: кадры", Goal = "Закрыть дефицит кадров", Status = DocumentStatus.Approved,
            UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test",
        };
        db.SupportDocuments.Add(programme);
        await db.SaveChangesAsync();
        db.SupportMeasures.AddRange(
            new SupportMeasure { DocumentId = programme.Id, Title = PastDueMeasure, Deadline = today.AddDays(-5), Responsible = "Завуч", Status = MeasureStatus.Planned },
            new SupportMeasure { DocumentId = programme.Id, Title = DoneMeasure, Deadline = today.AddDays(-20), Responsible = "Директор", Status = MeasureStatus.Done, DoneAtUtc = DateTime.UtcNow.AddDays(-21) });
        db.ProgrammeIndicators.Add(new ProgrammeIndicator { DocumentId = programme.Id, Name = Indicator, Unit = "%", Baseline = 10, Target = 20, Measured = 18, MeasuredYear = 2025 });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
