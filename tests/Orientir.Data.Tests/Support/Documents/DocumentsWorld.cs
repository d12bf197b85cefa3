using Orientir.Data.Database;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Support;
using Orientir.Data.Support.Documents;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Documents;

/// <summary>
/// <see cref="SupportWorld"/> with what documents need, written straight as entities: the approved 2025 list with
/// edu0101 and edu0201, curator A assigned to edu0101, and edu0101's 2025 risk profile with one priority risk
/// (<see cref="PriorityRisk"/>) and one that is not (<see cref="OtherRisk"/>). Today is fixed at <see cref="Today"/>.
/// </summary>
public sealed class DocumentsWorld : IAsyncDisposable
{
    public const int Year = 2025;
    public const string PriorityRisk = RiskReferenceData.StudentsAtRisk;
    public const string OtherRisk = RiskReferenceData.Staffing;
    public static readonly DateTimeOffset Today = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private DocumentsWorld(SupportWorld world) => World = world;

    public SupportWorld World { get; }
    public TimeProvider Time { get; } = new FixedTime(Today);
    public int School0101 => World.Schools["edu0101"];

    public static async Task<DocumentsWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = await SupportWorld.CreateAsync(provider);
        var db = world.Db;
        var list = new TargetList
        {
            Year = Year, Revision = 1, SourceRunId = world.RunId, MethodologyVersion = 1, Status = TargetListStatus.Approved,
            CreatedBy = SupportWorld.Analyst, CreatedAtUtc = DateTime.UtcNow, ApprovedBy = SupportWorld.Analyst, ApprovedAtUtc = DateTime.UtcNow,
            EntryStageDate = new DateOnly(2025, 10, 1), InterimStageDate = new DateOnly(2026, 3, 1), FinalStageDate = new DateOnly(2026, 6, 1),
        };
        db.TargetLists.Add(list);
        await db.SaveChangesAsync();
        db.TargetListSchools.Add(new TargetListSchool { TargetListId = list.Id, SchoolId = world.Schools["edu0101"], Basis = TargetBasis.LowResults });
        db.TargetListSchools.Add(new TargetListSchool { TargetListId = list.Id, SchoolId = world.Schools["edu0201"], Basis = TargetBasis.Unfavourable });
        var curator = await world.UserIdAsync(SupportWorld.CuratorA);
        db.CuratorAssignments.Add(new CuratorAssignment { SchoolId = world.Schools["edu0101"], CuratorUserId = curator, FromUtc = DateTime.UtcNow, AssignedBy = SupportWorld.Analyst });
        db.CuratorSchools.Add(new CuratorSchool { UserId = curator, SchoolId = world.Schools["edu0101"], AssignedAtUtc = DateTime.UtcNow });
        var profile = new RiskProfile { SchoolId = world.Schools["edu0101"], Year = Year, UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = SupportWorld.Leader0101, SubmittedAtUtc = DateTime.UtcNow };
        db.RiskProfiles.Add(profile);
        await db.SaveChangesAsync();
        db.RiskProfileFactors.Add(new RiskProfileFactor { ProfileId = profile.Id, FactorCode = PriorityRisk, Level = RiskLevel.High, Priority = true });
        db.RiskProfileFactors.Add(new RiskProfileFactor { ProfileId = profile.Id, FactorCode = OtherRisk, Level = RiskLevel.Low, Priority = false });
        await db.SaveChangesAsync();
        return new DocumentsWorld(world);
    }

    public Task<SupportActor> ActorAsync(string email) => World.ActorAsync(email);

    /// <summary>Commands and queries over a fresh context, as a request would have.</summary>
    public SupportDocumentCommands Commands() => new(World.Database.CreateContext(), Time);
    public DocumentReviewCommands Review() => new(World.Database.CreateContext(), Time);
    public DocumentProgressCommands Progress() => new(World.Database.CreateContext(), Time);
    public SupportDocumentQueries Queries() => new(World.Database.CreateContext());

    public async Task<string> ParticipantOfAsync(string schoolCode) =>
        await World.Db.Works.Where(w => w.SchoolId == World.Schools[schoolCode]).OrderBy(w => w.Participant).Select(w => w.Participant).FirstAsync();

    /// <summary>The anti-risk programme of the priority risk, created by edu0101's leader.</summary>
    public async Task<int> CreateAntiRiskAsync()
    {
        var result = await Commands().CreateAsync(await ActorAsync(SupportWorld.Leader0101), "edu0101",
            new CreateDocumentInput(Year, nameof(SupportDocumentKind.AntiRiskProgramme), PriorityRisk));
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }

    /// <summary>A complete content with one measure, one free indicator and one student at risk.</summary>
    public async Task<DocumentInput> ContentAsync(string goal = "Снизить долю обучающихся с отметкой «2»") => new(
        "Антирисковая программа", goal, "Выявить обучающихся\nОрганизовать занятия", "Описание", null, null,
        [new MeasureInput(null, "Дополнительные занятия по математике", "01.12.2025", "Заместитель директора")],
        [new IndicatorInput(null, "Доля обучающихся, посещающих занятия", "%", true, "10", "60", null)],
        [new RiskStudentInput(await ParticipantOfAsync("edu0101"), "Занятия два раза в неделю")]);

    public ValueTask DisposeAsync() => World.DisposeAsync();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
