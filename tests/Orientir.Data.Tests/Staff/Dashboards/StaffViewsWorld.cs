using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Schools;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Data.Staff;
using Orientir.Data.Staff.Dashboards;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Dashboards;

/// <summary>
/// The standard test package (edu0101, edu0102 in M01; edu0201, edu0202 in M02) with five teachers written by hand:
/// T1 (edu0101, 2 years, deficits METH and RU 1.1 in 2025, a proposed 2025 route with one of two steps done, a mentee
/// of T2 in an active group), T2 (edu0101, 10 years, no deficit, the mentor), T3 (edu0102, 1 year, deficit METH),
/// T4 (edu0201, 20 years, deficit MA 2.1 in 2025; an approved 2024 route on METH, MA 2.1 and DIGITAL: closed,
/// persisting, not measured), T5 (edu0202, 0 years, no measurements, a mentee of a completed group).
/// </summary>
public sealed class StaffViewsWorld : IAsyncDisposable
{
    public const string Methodologist = "methodologist@test";
    public const string OfficerM01 = "mo.m01@test";
    public const string Leader0101 = "director.0101@test";
    public const string TeacherT1 = "t1@test";
    public const string TeacherT3 = "t3@test";
    public const string TeacherWithoutRecord = "teacher.none@test";

    private StaffViewsWorld(TestDatabase database, OrientirDbContext db, IReadOnlyDictionary<string, int> teachers)
    {
        Database = database;
        Db = db;
        Teachers = teachers;
    }

    public TestDatabase Database { get; }
    public OrientirDbContext Db { get; }
    /// <summary>Teacher code → id.</summary>
    public IReadOnlyDictionary<string, int> Teachers { get; }

    public StaffDashboardQueries Queries => new(Db, new StaffAccess(Db), TimeProvider.System);

    public static async Task<StaffViewsWorld> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(TestPackage.Standard().Write(), "analyst"));
        var db = database.CreateContext();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, m => m.Id);
        var batch = await db.ImportBatches.Select(b => b.Id).FirstAsync();
        var methodology = (await new MethodologyStore(db).CurrentAsync()).Id;

        var teachers = new Dictionary<string, Teacher>
        {
            ["T1"] = new() { Code = "T1", SchoolId = schools["edu0101"], Subjects = "RU", ExperienceYears = 2, Category = TeacherCategory.None, ImportBatchId = batch },
            ["T2"] = new() { Code = "T2", SchoolId = schools["edu0101"], Subjects = "RU|LI", ExperienceYears = 10, Category = TeacherCategory.Highest, ImportBatchId = batch },
            ["T3"] = new() { Code = "T3", SchoolId = schools["edu0102"], Subjects = "MA", ExperienceYears = 1, Category = TeacherCategory.None, ImportBatchId = batch },
            ["T4"] = new() { Code = "T4", SchoolId = schools["edu0201"], Subjects = "MA", ExperienceYears = 20, Category = TeacherCategory.First, ImportBatchId = batch },
            ["T5"] = new() { Code = "T5", SchoolId = schools["edu0202"], Subjects = "RU", ExperienceYears = 0, Category = TeacherCategory.None, ImportBatchId = batch },
        };
        db.Teachers.AddRange(teachers.Values);
        await db.SaveChangesAsync();
        int Id(string code) => teachers[code].Id;

        TeacherMeasurement Measure(string teacher, int year, MeasurementSource source, string code, string subject, double value, bool deficit) => new()
        {
            TeacherId = Id(teacher), Year = year, Source = source, Code = code, Subject = subject,
            ProcedureCode = source == MeasurementSource.Diagnostic ? $"DIAG-{year}" : $"VPR-{year}-{subject}-5",
            Value = value, Reference = source == MeasurementSource.Diagnostic ? 50 : 70, IsDeficit = deficit, Works = 25,
            EvidenceJson = EvidenceJson.Write(source == MeasurementSource.Diagnostic
                ? [new Evidence("score", value / 10), new Evidence("max_score", 10), new Evidence("percent", value), new Evidence("level", 50)]
                : [new Evidence("value", value), new Evidence("comparable", 70), new Evidence("gap", 70 - value), new Evidence("works", 25)]),
            MethodologyVersionId = methodology, ComputedAtUtc = DateTime.UtcNow,
        };
        db.TeacherMeasurements.AddRange(
            Measure("T1", 2025, MeasurementSource.Diagnostic, "METH", "", 40, true),
            Measure("T1", 2025, MeasurementSource.Diagnostic, "SUBJ", "", 80, false),
            Measure("T1", 2025, MeasurementSource.Results, "1.1", "RU", 45, true),
            Measure("T2", 2025, MeasurementSource.Diagnostic, "METH", "", 90, false),
            Measure("T2", 2025, MeasurementSource.Diagnostic, "SUBJ", "", 85, false),
            Measure("T3", 2025, MeasurementSource.Diagnostic, "METH", "", 30, true),
            Measure("T4", 2025, MeasurementSource.Results, "2.1", "MA", 50, true),
            Measure("T4", 2025, MeasurementSource.Diagnostic, "METH", "", 75, false),
            Measure("T4", 2024, MeasurementSource.Diagnostic, "METH", "", 35, true),
            Measure("T4", 2024, MeasurementSource.Results, "2.1", "MA", 40, true),
            Measure("T4", 2024, MeasurementSource.Diagnostic, "DIGITAL", "", 20, true));
        db.TeacherClasses.Add(new TeacherClass { TeacherId = Id("T1"), SchoolId = schools["edu0101"], ClassLabel = "5А", Subject = "RU", Year = 2025, ImportBatchId = batch });
        db.TeacherDiagnostics.Add(new TeacherDiagnostic { TeacherId = Id("T1"), Procedure = "DIAG-2025", Year = 2025, CompetenceCode = "METH", Score = 4, MaxScore = 10, ImportBatchId = batch });

        var proposed = new IndividualRoute { TeacherId = Id("T1"), Year = 2025, Status = RouteStatus.Proposed, CreatedAtUtc = DateTime.UtcNow, CreatedBy = "test" };
        var approved = new IndividualRoute { TeacherId = Id("T4"), Year = 2024, Status = RouteStatus.Approved, CreatedAtUtc = DateTime.UtcNow, CreatedBy = "test" };
        db.IndividualRoutes.AddRange(proposed, approved);
        await db.SaveChangesAsync();
        RouteDeficit Deficit(IndividualRoute route, MeasurementSource source, string code, string subject) =>
            new() { RouteId = route.Id, Source = source, Code = code, Subject = subject, Year = route.Year, Value = 30, Reference = 50 };
        db.RouteDeficits.AddRange(
            Deficit(proposed, MeasurementSource.Diagnostic, "METH", ""),
            Deficit(approved, MeasurementSource.Diagnostic, "METH", ""),
            Deficit(approved, MeasurementSource.Results, "2.1", "MA"),
            Deficit(approved, MeasurementSource.Diagnostic, "DIGITAL", ""));
        RouteStep Step(IndividualRoute route, int order, RouteStepStatus status) => new()
        {
            RouteId = route.Id, Order = order, Kind = RouteStepKind.SelfStudy, Title = $"Шаг {order}", DeficitCodes = "METH",
            Deadline = new DateOnly(route.Year + 1, 5, 1), Status = status,
        };
        db.RouteSteps.AddRange(Step(proposed, 1, RouteStepStatus.Done), Step(proposed, 2, RouteStepStatus.Planned),
            Step(approved, 1, RouteStepStatus.Done), Step(approved, 2, RouteStepStatus.Done));

        var active = new MentoringGroup { Form = MentoringForm.ExperiencedToYoung, MentorTeacherId = Id("T2"), SchoolId = schools["edu0101"], Topic = "Урок", StartDate = new DateOnly(2025, 9, 1), Status = MentoringStatus.Active, CreatedAtUtc = DateTime.UtcNow, CreatedBy = "test" };
        var completed = new MentoringGroup { Form = MentoringForm.ExperiencedToYoung, MentorTeacherId = Id("T4"), SchoolId = schools["edu0201"], Topic = "Старт", StartDate = new DateOnly(2024, 9, 1), EndDate = new DateOnly(2025, 5, 1), Status = MentoringStatus.Completed, CreatedAtUtc = DateTime.UtcNow, CreatedBy = "test" };
        db.MentoringGroups.AddRange(active, completed);
        await db.SaveChangesAsync();
        db.MentoringMentees.AddRange(new MentoringMentee { GroupId = active.Id, TeacherId = Id("T1") }, new MentoringMentee { GroupId = completed.Id, TeacherId = Id("T5") });
        await db.SaveChangesAsync();

        await AddUserAsync(db, Methodologist, Roles.Methodologist);
        await AddUserAsync(db, OfficerM01, Roles.MunicipalOfficer, municipalityId: municipalities["M01"]);
        await AddUserAsync(db, Leader0101, Roles.SchoolLeader, schoolId: schools["edu0101"]);
        await AddUserAsync(db, TeacherT1, Roles.Teacher, schoolId: schools["edu0101"], teacherId: Id("T1"));
        await AddUserAsync(db, TeacherT3, Roles.Teacher, schoolId: schools["edu0102"], teacherId: Id("T3"));
        await AddUserAsync(db, TeacherWithoutRecord, Roles.Teacher, schoolId: schools["edu0101"]);
        db.ChangeTracker.Clear();
        return new StaffViewsWorld(database, db, teachers.ToDictionary(t => t.Key, t => t.Value.Id));
    }

    /// <summary>The account as a request would see it: its role, its current scope and its teacher record.</summary>
    public async Task<StaffActor> ActorAsync(string email)
    {
        var user = await Db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var scope = await new AccessScopeResolver(Db).ResolveAsync(user.Id, demoMode: false);
        return new StaffActor(user.Id, email, scope.Role, scope, user.TeacherId);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static async Task AddUserAsync(OrientirDbContext db, string email, string role, int? schoolId = null, int? municipalityId = null, int? teacherId = null)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync();
        if (roleId is null)
        {
            var identityRole = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(identityRole);
            roleId = identityRole.Id;
        }
        var user = new OrientirUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = email, SchoolId = schoolId, MunicipalityId = municipalityId, TeacherId = teacherId,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await db.SaveChangesAsync();
    }
}
