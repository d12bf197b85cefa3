using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Results;
using Orientir.Domain.Schools;
using Orientir.Domain.Support;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Effect;

/// <summary>
/// An app of its own (it adds target lists) over <see cref="TestRegion"/>: approved lists of 2025 (S011, S021) and
/// 2026 (S012), and a 2026 procedure, so the 2025 programme has a follow-up year and the 2026 one has none yet.
/// </summary>
public sealed class EffectApp : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var methodology = await new MethodologyStore(db).CurrentAsync();
        var run = await SchoolAnalysisRunWriter.WriteAsync(db, new SchoolAnalysisRun(2025, methodology.Id, "analyst", DateTime.UtcNow, "{}"),
            schools.Select(s => new SchoolAnalysisEntry { SchoolId = s.Value, ContextIndex = s.Key.EndsWith('1') ? 0.5 : -0.5 }).ToList(), [], "test");
        await ApproveAsync(db, 2025, run, [schools["S011"], schools["S021"]]);
        await ApproveAsync(db, 2026, run, [schools["S012"]]);

        var batch = await db.ImportBatches.Select(b => b.Id).FirstAsync();
        var next = new AssessmentProcedure("VPR-2026-RU-4", ProcedureKind.Vpr, "RU", 4, 2026, 6, new MarkThresholds(2, 4, 6), null, batch);
        next.ReplaceTasks([new AssessmentTask(0, "1", 6, TaskLevel.Basic, [], batch)]);
        db.Procedures.Add(next);
        await db.SaveChangesAsync();
        var n = 0;
        foreach (var school in schools.Values)
            for (var i = 0; i < 2; i++)
                db.Works.Add(new StudentWork(next.Id, school, $"N{++n:0000}", null, "4А", "1", 4, [(byte)(n % 6)], n % 6, null, batch));
        await db.SaveChangesAsync();
    }

    private static async Task ApproveAsync(OrientirDbContext db, int year, int runId, IEnumerable<int> schoolIds)
    {
        var list = new TargetList
        {
            Year = year, Revision = 1, SourceRunId = runId, MethodologyVersion = 1, Status = TargetListStatus.Approved,
            CreatedBy = "analyst", CreatedAtUtc = DateTime.UtcNow, ApprovedBy = "analyst", ApprovedAtUtc = DateTime.UtcNow,
            EntryStageDate = new DateOnly(year, 10, 1), InterimStageDate = new DateOnly(year + 1, 2, 1), FinalStageDate = new DateOnly(year + 1, 5, 1),
        };
        db.TargetLists.Add(list);
        await db.SaveChangesAsync();
        db.TargetListSchools.AddRange(schoolIds.Select(id => new TargetListSchool { TargetListId = list.Id, SchoolId = id, Basis = TargetBasis.LowResults }));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
