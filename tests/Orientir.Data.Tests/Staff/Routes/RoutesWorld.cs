using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Data.Staff;
using Orientir.Data.Staff.Routes;
using Orientir.Data.Tests.Support;
using Orientir.Data.Tests.Support.Lists;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Routes;

/// <summary>
/// The support world's schools and accounts plus teachers, their 2025 measurements and a catalogue. T0001 (edu0101,
/// maths, 2 years) has deficits in METH and PSY (diagnostic) and MA4.3 (results). In edu0101: T0002 (10 years, highest,
/// MA4.3 80 %, METH 70 %, a PSY deficit), T0003 (20 years, first, MA4.3 70 %, METH 95 %, a PSY deficit), T0004 (8 years,
/// conformity: never a mentor, MA4.3 99 %). T0005 (edu0102, 30 years, highest, MA4.3 99 %, a PSY deficit), T0006 (edu0201, MA4.3 85 %).
/// </summary>
public sealed class RoutesWorld : IAsyncDisposable
{
    public const string Methodologist = "methodologist@test";
    /// <summary>The account of teacher T0001.</summary>
    public const string Teacher = "teacher.t0001@test";
    /// <summary>The account of teacher T0002, a colleague of T0001.</summary>
    public const string Colleague = "teacher.t0002@test";

    /// <summary>23 November 2025.</summary>
    public static readonly DateTimeOffset Today = new(2025, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private RoutesWorld(SupportWorld support, IReadOnlyDictionary<string, int> teachers, IReadOnlyDictionary<string, int> programmes, int methodologyId)
    {
        Support = support;
        Teachers = teachers;
        Programmes = programmes;
        MethodologyId = methodologyId;
    }

    public SupportWorld Support { get; }
    public OrientirDbContext Db => Support.Db;
    /// <summary>Teacher code → id.</summary>
    public IReadOnlyDictionary<string, int> Teachers { get; }
    /// <summary>Programme key (P1…P7) → id.</summary>
    public IReadOnlyDictionary<string, int> Programmes { get; }
    public int MethodologyId { get; }

    public RouteCommands Commands() => new(Support.Database.CreateContext(), new FixedTime(Today));

    public RouteStepCommands Steps() => new(Support.Database.CreateContext(), new FixedTime(Today));

    public RouteQueries Queries() => new(Support.Database.CreateContext());

    public static async Task<RoutesWorld> CreateAsync(DatabaseProvider provider)
    {
        var support = await SupportWorld.CreateAsync(provider);
        var db = support.Db;
        var methodology = (await new MethodologyStore(db).CurrentAsync()).Id;
        var schools = support.Schools;
        var teachers = new Dictionary<string, int>();
        foreach (var (code, school, subjects, years, category) in new[]
                 {
                     ("T0001", "edu0101", "MA", 2, TeacherCategory.None), ("T0002", "edu0101", "MA", 10, TeacherCategory.Highest),
                     ("T0003", "edu0101", "MA|RU", 20, TeacherCategory.First), ("T0004", "edu0101", "MA", 8, TeacherCategory.Conformity),
                     ("T0005", "edu0102", "MA", 30, TeacherCategory.Highest), ("T0006", "edu0201", "MA", 3, TeacherCategory.None),
                 })
        {
            var teacher = new Teacher { Code = code, SchoolId = schools[school], Subjects = subjects, ExperienceYears = years, Category = category };
            db.Teachers.Add(teacher);
            await db.SaveChangesAsync();
            teachers[code] = teacher.Id;
        }
        var world = new RoutesWorld(support, teachers, await CatalogueAsync(db), methodology);
        await world.MeasureAsync("T0001", 2025, MeasurementSource.Diagnostic, "METH", 30, deficit: true);
        await world.MeasureAsync("T0001", 2025, MeasurementSource.Diagnostic, "PSY", 35, deficit: true);
        await world.MeasureAsync("T0001", 2025, MeasurementSource.Diagnostic, "SUBJ", 75, deficit: false);
        await world.MeasureAsync("T0001", 2025, MeasurementSource.Results, "MA4.3", 40, deficit: true);
        await world.MeasureAsync("T0001", 2024, MeasurementSource.Diagnostic, "DIGITAL", 20, deficit: true);
        foreach (var (code, ma, meth) in new[] { ("T0002", 80.0, 70.0), ("T0003", 70.0, 95.0), ("T0004", 99.0, 99.0) })
        {
            await world.MeasureAsync(code, 2025, MeasurementSource.Results, "MA4.3", ma, deficit: false);
            await world.MeasureAsync(code, 2025, MeasurementSource.Diagnostic, "METH", meth, deficit: false);
            await world.MeasureAsync(code, 2025, MeasurementSource.Diagnostic, "PSY", 30, deficit: true);
        }
        await world.MeasureAsync("T0005", 2025, MeasurementSource.Results, "MA4.3", 99, deficit: false);
        await world.MeasureAsync("T0005", 2025, MeasurementSource.Diagnostic, "PSY", 45, deficit: true);
        await world.MeasureAsync("T0006", 2025, MeasurementSource.Results, "MA4.3", 85, deficit: false);

        await AddUserAsync(db, Methodologist, Roles.Methodologist);
        await AddUserAsync(db, Teacher, Roles.Teacher, schools["edu0101"], teachers["T0001"]);
        await AddUserAsync(db, Colleague, Roles.Teacher, schools["edu0101"], teachers["T0002"]);
        return world;
    }

    /// <summary>The account as a request would see it, with the teacher record of a teacher's account.</summary>
    public async Task<StaffActor> ActorAsync(string email)
    {
        var user = await Db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var scope = await new AccessScopeResolver(Db).ResolveAsync(user.Id, demoMode: false);
        return new StaffActor(user.Id, email, scope.Role, scope, scope.Role == Roles.Teacher ? user.TeacherId : null);
    }

    public async Task MeasureAsync(string teacher, int year, MeasurementSource source, string code, double value, bool deficit)
    {
        Db.TeacherMeasurements.Add(new TeacherMeasurement
        {
            TeacherId = Teachers[teacher], Year = year, Source = source, Code = code, Subject = source == MeasurementSource.Results ? "MA" : "",
            ProcedureCode = source == MeasurementSource.Results ? $"VPR-{year}-MA-4" : $"DIAG-{year}", Value = value,
            Reference = source == MeasurementSource.Results ? 60 : 50, IsDeficit = deficit, Works = source == MeasurementSource.Results ? 25 : 0,
            EvidenceJson = $"[{{\"Key\":\"value\",\"Value\":\"{value}\"}}]", MethodologyVersionId = MethodologyId, ComputedAtUtc = Today.UtcDateTime,
        });
        await Db.SaveChangesAsync();
    }

    /// <summary>T0001's route proposed by the methodologist and, when asked, approved.</summary>
    public async Task<RouteSaved> RouteAsync(bool approve = false)
    {
        var methodologist = await ActorAsync(Methodologist);
        var route = (await Commands().ProposeAsync(methodologist, "T0001")).Value();
        return approve ? (await Commands().ApproveAsync(methodologist, route.Id)).Value() : route;
    }

    public async Task<RouteDetail> CurrentAsync(string email = Methodologist, string teacher = "T0001") =>
        (await Queries().TeacherRoutesAsync(await ActorAsync(email), teacher))!.Current!;

    public ValueTask DisposeAsync() => Support.DisposeAsync();

    private static async Task<IReadOnlyDictionary<string, int>> CatalogueAsync(OrientirDbContext db)
    {
        var programmes = new Dictionary<string, CourseProgramme>
        {
            ["P1"] = Programme("Математика в начальной школе", 72, "MA"),
            ["P2"] = Programme("Формирующее оценивание на уроках математики", 36, "MA4|METH"),
            ["P3"] = Programme("Решение текстовых задач", 108, "MA4.3"),
            ["P4"] = Programme("Текстовые задачи (архив)", 16, "MA4.3", active: false),
            ["P5"] = Programme("Математический анализ", 8, "MAX|MA4.31"),
            ["P6"] = Programme("Современный урок", 24, "METH|SUBJ"),
            ["P7"] = Programme("Методика преподавания", 48, "METH"),
        };
        db.CourseProgrammes.AddRange(programmes.Values);
        await db.SaveChangesAsync();
        return programmes.ToDictionary(p => p.Key, p => p.Value.Id);
    }

    private static CourseProgramme Programme(string title, int hours, string targets, bool active = true) => new()
    {
        Title = title, Provider = "ИРО", Hours = hours, Format = CourseFormat.Blended, Targets = targets, IsActive = active,
        RegistryNumber = $"R-{hours}", UpdatedAtUtc = Today.UtcDateTime, UpdatedBy = "test",
    };

    private static async Task AddUserAsync(OrientirDbContext db, string email, string role, int? schoolId = null, int? teacherId = null)
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
            DisplayName = email, SchoolId = schoolId, TeacherId = teacherId,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await db.SaveChangesAsync();
    }
}
