using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Staff;
using Orientir.Data.Staff.Routes;
using Orientir.Domain.Access;

namespace Orientir.Web.Hosting;

/// <summary>
/// Professional development in the demo, as a region would have it: the catalogue of programmes filled, and the demo
/// teacher's individual route proposed from their deficits and waiting for the methodologist's approval.
/// </summary>
internal static class DemoStaff
{
    /// <summary>
    /// The demo teacher: a teacher of the demo director's school with a deficit in the newest measured year (so that the
    /// route has something to address), else the school's first teacher.
    /// </summary>
    public static async Task<string?> TeacherCodeAsync(OrientirDbContext db, string schoolCode)
    {
        var teachers = db.Teachers.Where(t => db.Schools.Any(s => s.Id == t.SchoolId && s.Code == schoolCode));
        var newest = await db.TeacherMeasurements.MaxAsync(m => (int?)m.Year);
        var withDeficit = await teachers
            .Where(t => db.TeacherMeasurements.Any(m => m.TeacherId == t.Id && m.Year == newest && m.IsDeficit))
            .OrderBy(t => t.Code).Select(t => t.Code).FirstOrDefaultAsync();
        return withDeficit ?? await teachers.OrderBy(t => t.Code).Select(t => t.Code).FirstOrDefaultAsync();
    }

    public static async Task SeedAsync(OrientirDbContext db, string connectionString, ILogger logger)
    {
        var catalogue = await DemoCatalogue.ImportIfEmptyAsync(connectionString);
        if (catalogue is { Succeeded: false })
            logger.LogError("Демонстрационный каталог ДПП не загружен: {Errors}", string.Join("; ", catalogue.Messages));
        var school = await db.Schools.OrderBy(s => s.Code).Select(s => s.Code).FirstOrDefaultAsync();
        if (school is null || await TeacherCodeAsync(db, school) is not { } teacher) return;
        var methodologist = new StaffActor("", "demo", Roles.Methodologist, AccessScope.Region(Roles.Methodologist));
        var proposed = await new RouteCommands(db, TimeProvider.System).ProposeAsync(methodologist, teacher);
        if (proposed.Succeeded)
            logger.LogInformation("Демонстрационный маршрут педагога {Teacher} предложен и ждёт утверждения методистом", teacher);
        else
            logger.LogWarning("Демонстрационный маршрут педагога {Teacher} не предложен: {Message}", teacher, proposed.Message);
    }
}
