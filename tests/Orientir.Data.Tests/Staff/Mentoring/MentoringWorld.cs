using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Staff;
using Orientir.Data.Tests.Support;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Mentoring;

/// <summary>
/// The support world (edu0101, edu0102 in M01; edu0201, edu0202 in M02; leaders of edu0101 and edu0201, officer of M01)
/// with teachers and staff accounts: a methodologist and two teachers' own accounts.
/// </summary>
public sealed class MentoringWorld : IAsyncDisposable
{
    public const string Methodologist = "method@test";
    /// <summary>The account of teacher T0101B (a young teacher of edu0101).</summary>
    public const string TeacherB = "teacher.b@test";
    /// <summary>The account of teacher T0101D (edu0101, not in any group of the tests unless one puts them there).</summary>
    public const string TeacherD = "teacher.d@test";

    /// <summary>Teachers: code → (school, experience, category).</summary>
    public static readonly (string Code, string School, int Years, TeacherCategory Category)[] Teachers =
    [
        ("T0101A", "edu0101", 12, TeacherCategory.Highest),
        ("T0101B", "edu0101", 1, TeacherCategory.None),
        ("T0101C", "edu0101", 2, TeacherCategory.None),
        ("T0101D", "edu0101", 4, TeacherCategory.First),
        ("T0102A", "edu0102", 2, TeacherCategory.None),
        ("T0201A", "edu0201", 10, TeacherCategory.First),
        ("T0201B", "edu0201", 1, TeacherCategory.None),
    ];

    private MentoringWorld(SupportWorld support) => Support = support;

    public SupportWorld Support { get; }
    public OrientirDbContext Db => Support.Db;

    public static async Task<MentoringWorld> CreateAsync(DatabaseProvider provider)
    {
        var support = await SupportWorld.CreateAsync(provider);
        var db = support.Db;
        foreach (var (code, school, years, category) in Teachers)
            db.Teachers.Add(new Teacher { Code = code, SchoolId = support.Schools[school], Subjects = "RU|MA", ExperienceYears = years, Category = category });
        await db.SaveChangesAsync();
        await AddUserAsync(db, Methodologist, Roles.Methodologist, null, null);
        await AddUserAsync(db, TeacherB, Roles.Teacher, support.Schools["edu0101"], await TeacherIdAsync(db, "T0101B"));
        await AddUserAsync(db, TeacherD, Roles.Teacher, support.Schools["edu0101"], await TeacherIdAsync(db, "T0101D"));
        return new MentoringWorld(support);
    }

    public async Task<StaffActor> ActorAsync(string email)
    {
        var user = await Db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var scope = await new AccessScopeResolver(Db).ResolveAsync(user.Id, demoMode: false);
        return new StaffActor(user.Id, email, scope.Role, scope, user.TeacherId);
    }

    public OrientirDbContext NewContext() => Support.Database.CreateContext();

    public ValueTask DisposeAsync() => Support.DisposeAsync();

    private static async Task<int> TeacherIdAsync(OrientirDbContext db, string code) => await db.Teachers.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();

    private static async Task AddUserAsync(OrientirDbContext db, string email, string role, int? schoolId, int? teacherId)
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
