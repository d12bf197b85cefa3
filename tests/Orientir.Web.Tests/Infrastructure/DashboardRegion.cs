using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Domain.Imports;
using Orientir.Domain.Results;

namespace Orientir.Web.Tests.Infrastructure;

/// <summary>
/// English in grade 5 over two years, added to <see cref="TestRegion"/> for the dashboards: S011 has 25 works
/// (informative) whose indicators are counted by hand below, S012 4 (suppressed), S021 10 (not informative).
/// In 2024 S011's 25 works all got a «3», so its share of «2» rises by 20 p.p. — negative dynamics.
/// </summary>
public static class DashboardRegion
{
    public const string ProcedureCode = "VPR-2025-EN-5";
    public const string ProcedureTitle = "ВПР Английский язык, 5 класс, 2025";
    public const string PreviousCode = "VPR-2024-EN-5";

    // S011, 2025 (max 10; marks 3 from 3, 4 from 6, 5 from 8; minimum score 2), by hand:
    //   5 works [0,1,0] = 1 → «2», journal 4 (понизили by 2)
    //  10 works [2,2,1] = 5 → «3», journal 3 (подтвердили)
    //   5 works [2,3,2] = 7 → «4», journal 3 (повысили)
    //   5 works [2,3,5] = 10 → «5», journal 5 (подтвердили)
    // mean 140/25 = 5.6 → 56 %; «2» 20 %, «3» 40 %, «4» 20 %, «5» 20 %; успеваемость 80 %, качество 40 %;
    // below the minimum 20 %; journal: понизили 20 %, подтвердили 60 %, повысили 20 %, differ by ≥ 2: 20 %;
    // tasks: 1 → 40/50 = 80 %, 2 → 55/75 = 73.3 %, 3 (advanced) → 45/125 = 36 %;
    // skills: K1 (tasks 1, 2) 95/125 = 76 %, K2 (task 2) 73.3 %, K3 (task 3) 36 % — insufficient by the basic pair.
    public const string SchoolMeanPercent = "56,0 %";
    public const string SchoolSuccessRate = "80,0 %";
    public const string SchoolQualityRate = "40,0 %";
    public const string SchoolShareOfTwo = "20,0 %";
    public const string SchoolJournalSame = "60,0 %";
    public const string SkillK3 = "36,0 %";

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var batch = new ImportBatch("dashboard", new string('1', 64), DateTime.UtcNow, "test", 0);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);

        AssessmentProcedure English(string code, int year)
        {
            var procedure = new AssessmentProcedure(code, ProcedureKind.Vpr, "EN", 5, year, 10, new MarkThresholds(3, 6, 8), 2, batch.Id);
            procedure.ReplaceTasks([
                new AssessmentTask(0, "1", 2, TaskLevel.Basic, ["K1"], batch.Id),
                new AssessmentTask(1, "2", 3, TaskLevel.Basic, ["K1", "K2"], batch.Id),
                new AssessmentTask(2, "3", 5, TaskLevel.Advanced, ["K3"], batch.Id),
            ]);
            return procedure;
        }
        var current = English(ProcedureCode, 2025);
        var previous = English(PreviousCode, 2024);
        db.Procedures.AddRange(current, previous);
        await db.SaveChangesAsync();

        var n = 0;
        void Add(AssessmentProcedure procedure, string school, int count, byte[] scores, int mark, int journal)
        {
            for (var i = 0; i < count; i++)
            {
                n++;
                db.Works.Add(new StudentWork(procedure.Id, schools[school], $"EN{n:0000}", $"EN-ST{n}", "5А", "1", journal,
                    scores, scores.Sum(s => s), mark, batch.Id));
            }
        }
        Add(current, "S011", 5, [0, 1, 0], 2, 4);
        Add(current, "S011", 10, [2, 2, 1], 3, 3);
        Add(current, "S011", 5, [2, 3, 2], 4, 3);
        Add(current, "S011", 5, [2, 3, 5], 5, 5);
        Add(current, "S012", 4, [1, 1, 0], 2, 3);
        Add(current, "S021", 10, [2, 3, 3], 5, 5);
        Add(previous, "S011", 25, [2, 2, 1], 3, 3);
        await db.SaveChangesAsync();
    }
}
