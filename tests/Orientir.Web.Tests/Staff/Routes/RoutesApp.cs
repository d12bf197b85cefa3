using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Data.Staff;
using Orientir.Data.Staff.Routes;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Routes;

/// <summary>
/// An app of its own with teachers and their 2025 deficits: T0100 (S012; the test teacher's account) with a route
/// proposed and approved by the methodologist, T0102 and T0103 (S012) with routes proposed by them, T0101 (S012, an experienced maths teacher, the mentor), T0110 and T0111
/// (S011, the test director's school) without routes. One catalogue programme addresses METH.
/// </summary>
public sealed class RoutesApp : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public int TeacherRouteId { get; private set; }

    public int ProposedRouteId { get; private set; }

    /// <summary>T0103's route, which a test approves.</summary>
    public int ToApproveRouteId { get; private set; }

    public static string Methodologist => TestRegion.User(Roles.Methodologist).Email;
    public static string Teacher => TestRegion.User(Roles.Teacher).Email;
    public static string Director => TestRegion.User(Roles.SchoolLeader).Email;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using var scope = App.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OrientirDbContext>();
        var methodology = (await new MethodologyStore(db).CurrentAsync()).Id;
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var teachers = new Dictionary<string, Teacher>();
        foreach (var (code, school, years, category) in new[]
                 {
                     ("T0100", "S012", 2, TeacherCategory.None), ("T0101", "S012", 12, TeacherCategory.Highest), ("T0102", "S012", 4, TeacherCategory.None),
                     ("T0103", "S012", 2, TeacherCategory.None),
                     ("T0110", "S011", 1, TeacherCategory.None), ("T0111", "S011", 3, TeacherCategory.Conformity),
                 })
        {
            teachers[code] = new Teacher { Code = code, SchoolId = schools[school], Subjects = "MA", ExperienceYears = years, Category = category };
        }
        db.Teachers.AddRange(teachers.Values);
        db.CourseProgrammes.Add(new CourseProgramme
        {
            Title = "Современный урок математики", Provider = "ИРО", Hours = 36, Format = CourseFormat.Distance, Targets = "METH",
            RegistryNumber = "ФР-0042", UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test",
        });
        await db.SaveChangesAsync();
        foreach (var code in new[] { "T0100", "T0102", "T0103", "T0110", "T0111" })
        {
            db.TeacherMeasurements.Add(Measurement(teachers[code].Id, methodology, MeasurementSource.Diagnostic, "METH", 30, deficit: true));
            db.TeacherMeasurements.Add(Measurement(teachers[code].Id, methodology, MeasurementSource.Results, "M1", 40, deficit: true));
        }
        db.TeacherMeasurements.Add(Measurement(teachers["T0101"].Id, methodology, MeasurementSource.Results, "M1", 85, deficit: false));
        var account = await db.Users.SingleAsync(u => u.Email == Teacher);
        account.TeacherId = teachers["T0100"].Id;
        await db.SaveChangesAsync();

        var methodologist = await db.Users.SingleAsync(u => u.Email == Methodologist);
        var actor = new StaffActor(methodologist.Id, Methodologist, Roles.Methodologist,
            await new AccessScopeResolver(db).ResolveAsync(methodologist.Id, demoMode: false));
        var commands = services.GetRequiredService<RouteCommands>();
        TeacherRouteId = Succeeded(await commands.ProposeAsync(actor, "T0100")).Id;
        Succeeded(await commands.ApproveAsync(actor, TeacherRouteId));
        ProposedRouteId = Succeeded(await commands.ProposeAsync(actor, "T0102")).Id;
        ToApproveRouteId = Succeeded(await commands.ProposeAsync(actor, "T0103")).Id;
    }

    public Task DisposeAsync() => App.DisposeAsync();

    private static RouteSaved Succeeded(ScopedResult<RouteSaved> result)
    {
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    private static TeacherMeasurement Measurement(int teacherId, int methodology, MeasurementSource source, string code, double value, bool deficit) => new()
    {
        TeacherId = teacherId, Year = 2025, Source = source, Code = code, Subject = source == MeasurementSource.Results ? "MA" : "",
        ProcedureCode = source == MeasurementSource.Results ? TestRegion.SecondProcedureCode : "DIAG-2025", Value = value,
        Reference = source == MeasurementSource.Results ? 60 : 50, IsDeficit = deficit, MethodologyVersionId = methodology, ComputedAtUtc = DateTime.UtcNow,
    };
}
