using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Staff;
using Orientir.Data.Staff.Catalogue;
using Orientir.Data.Staff.Mentoring;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Catalogue;

/// <summary>
/// An app of its own with teachers (T011A, T011B in S011; T012A in S012 — the test teacher's own record; T021A, T021B
/// in S021), one catalogue programme, and three groups formed by the methodologist: S011's pair, S021's pair, and
/// T011A mentoring T012A (a group of S012).
/// </summary>
public sealed class CatalogueApp : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public int ProgrammeId { get; private set; }
    public int GroupS011 { get; private set; }
    public int GroupS021 { get; private set; }
    public int GroupS012 { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using var scope = App.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OrientirDbContext>();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        foreach (var (code, school, years) in new[] { ("T011A", "S011", 15), ("T011B", "S011", 1), ("T012A", "S012", 2), ("T021A", "S021", 9), ("T021B", "S021", 1) })
            db.Teachers.Add(new Teacher { Code = code, SchoolId = schools[school], Subjects = "MA", ExperienceYears = years, Category = TeacherCategory.First });
        await db.SaveChangesAsync();
        var teacherUser = await db.Users.SingleAsync(u => u.Email == TestRegion.User(Roles.Teacher).Email);
        teacherUser.TeacherId = await db.Teachers.Where(t => t.Code == "T012A").Select(t => t.Id).SingleAsync();
        await db.SaveChangesAsync();

        var email = TestRegion.User(Roles.Methodologist).Email;
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var actor = new StaffActor(userId, email, Roles.Methodologist, await new AccessScopeResolver(db).ResolveAsync(userId, demoMode: false));
        var programme = await services.GetRequiredService<CatalogueCommands>().AddAsync(actor,
            new ProgrammeInput("Текстовые задачи в начальной школе", "ЦНППМ", 18, CourseFormat.InPerson, "ФР-2024-1", "MA4.3|METH"));
        Assert.True(programme.Succeeded, programme.Message);
        ProgrammeId = programme.Value!.Id;
        var mentoring = services.GetRequiredService<MentoringCommands>();
        async Task<int> GroupAsync(string mentor, string mentee)
        {
            var group = await mentoring.CreateAsync(actor, new MentoringGroupInput(MentoringForm.ExperiencedToYoung, mentor, [mentee], "Адаптация молодого педагога", new DateOnly(2025, 9, 1)));
            Assert.True(group.Succeeded, group.Message);
            return group.Value!.Group.Id;
        }
        GroupS011 = await GroupAsync("T011A", "T011B");
        GroupS021 = await GroupAsync("T021A", "T021B");
        GroupS012 = await GroupAsync("T011A", "T012A");
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
