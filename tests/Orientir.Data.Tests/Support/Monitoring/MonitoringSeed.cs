using Orientir.Data.Access;
using Orientir.Domain.Support;

namespace Orientir.Data.Tests.Support.Monitoring;

/// <summary>A clock stopped at a given local day (noon, so that no time zone moves it to another day).</summary>
public sealed class FixedTime(DateOnly day) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>
/// The 2025 programme over <see cref="SupportWorld"/>, written straight into the tables: an approved list of edu0101,
/// edu0201, edu0202 (stages 1 Oct 2025, 1 Feb 2026, 1 Jun 2026); curator A assigned to edu0101 (curator B before
/// them); edu0101's approved anti-risk programme with three measures and two indicators; edu0201's returned concept
/// with one measure due in April.
/// </summary>
public sealed record MonitoringSeed(int ListId, int PastDue, int DueToday, int Done, int Later)
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static async Task<MonitoringSeed> WriteAsync(SupportWorld world)
    {
        var db = world.Db;
        var list = new TargetList
        {
            Year = 2025, Revision = 1, SourceRunId = world.RunId, MethodologyVersion = 1, Status = TargetListStatus.Approved,
            CreatedBy = SupportWorld.Analyst, CreatedAtUtc = DateTime.UtcNow, ApprovedBy = SupportWorld.Analyst, ApprovedAtUtc = DateTime.UtcNow,
            EntryStageDate = new DateOnly(2025, 10, 1), InterimStageDate = new DateOnly(2026, 2, 1), FinalStageDate = new DateOnly(2026, 6, 1),
        };
        db.TargetLists.Add(list);
        await db.SaveChangesAsync();
        db.TargetListSchools.AddRange(
            new TargetListSchool { TargetListId = list.Id, SchoolId = world.Schools["edu0101"], Basis = TargetBasis.LowResults },
            new TargetListSchool { TargetListId = list.Id, SchoolId = world.Schools["edu0201"], Basis = TargetBasis.Unfavourable },
            new TargetListSchool { TargetListId = list.Id, SchoolId = world.Schools["edu0202"], Basis = TargetBasis.LowResultsAndUnfavourable });

        var curatorA = await world.UserIdAsync(SupportWorld.CuratorA);
        var curatorB = await world.UserIdAsync(SupportWorld.CuratorB);
        db.CuratorAssignments.AddRange(
            new CuratorAssignment { SchoolId = world.Schools["edu0101"], CuratorUserId = curatorB, FromUtc = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc),
                ToUtc = new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc), AssignedBy = SupportWorld.Analyst },
            new CuratorAssignment { SchoolId = world.Schools["edu0101"], CuratorUserId = curatorA, FromUtc = new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc),
                AssignedBy = SupportWorld.Analyst });
        db.CuratorSchools.Add(new CuratorSchool { UserId = curatorA, SchoolId = world.Schools["edu0101"] });

        var programme = Document(world.Schools["edu0101"], SupportDocumentKind.AntiRiskProgramme, DocumentStatus.Approved, "Антирисковая программа: кадры");
        var concept = Document(world.Schools["edu0201"], SupportDocumentKind.Concept, DocumentStatus.Returned, "Концепция развития");
        db.SupportDocuments.AddRange(programme, concept);
        await db.SaveChangesAsync();

        var pastDue = Measure(programme.Id, "Семинар для учителей", new DateOnly(2026, 2, 15), MeasureStatus.Planned);
        var dueToday = Measure(programme.Id, "Открытые уроки", Today, MeasureStatus.Planned);
        var done = Measure(programme.Id, "Диагностика", new DateOnly(2026, 1, 10), MeasureStatus.Done);
        var later = Measure(concept.Id, "Педсовет", new DateOnly(2026, 4, 1), MeasureStatus.Planned);
        db.SupportMeasures.AddRange(pastDue, dueToday, done, later);
        db.ProgrammeIndicators.AddRange(
            new ProgrammeIndicator { DocumentId = programme.Id, Name = "Доля учителей, прошедших курсы", Unit = "%", Baseline = 10, Target = 20, Measured = 16, MeasuredYear = 2026 },
            new ProgrammeIndicator { DocumentId = programme.Id, Name = "Доля «2» по ВПР", Unit = "%", SystemCode = "fail_share", HigherIsBetter = false,
                Baseline = 30, Target = 20, Measured = 28, MeasuredYear = 2025 });
        await db.SaveChangesAsync();
        return new MonitoringSeed(list.Id, pastDue.Id, dueToday.Id, done.Id, later.Id);
    }

    private static SupportDocument Document(int schoolId, SupportDocumentKind kind, DocumentStatus status, string title) => new()
    {
        SchoolId = schoolId, Year = 2025, Kind = kind, Title = title, Goal = "Цель", Status = status,
        UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test",
    };

    private static SupportMeasure Measure(int documentId, string title, DateOnly deadline, MeasureStatus status) => new()
    {
        DocumentId = documentId, Title = title, Deadline = deadline, Responsible = "Завуч", Status = status,
        DoneAtUtc = status == MeasureStatus.Done ? new DateTime(2026, 1, 9, 0, 0, 0, DateTimeKind.Utc) : null,
    };
}
