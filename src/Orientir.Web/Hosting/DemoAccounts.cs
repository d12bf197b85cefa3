using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Access;

namespace Orientir.Web.Hosting;

/// <summary>
/// One demo account per role, bound to the first municipality and school by code; listed at start. The curator starts
/// with the next three schools of that municipality, not the director's, so that assigning them the director's school
/// is a real step of the support cycle.
/// </summary>
public sealed class DemoAccounts
{
    public const string Domain = "demo.orientir";

    private readonly List<DemoAccount> _accounts = [];

    public IReadOnlyList<DemoAccount> Accounts => _accounts;

    public static string EmailOf(string role) => role switch
    {
        Roles.Admin => $"admin@{Domain}",
        Roles.RegionAnalyst => $"analyst@{Domain}",
        Roles.Methodologist => $"methodologist@{Domain}",
        Roles.Curator => $"curator@{Domain}",
        Roles.MunicipalOfficer => $"mo@{Domain}",
        Roles.SchoolLeader => $"director@{Domain}",
        Roles.Teacher => $"teacher@{Domain}",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    internal async Task EnsureAsync(IServiceProvider services, ILogger logger)
    {
        var db = services.GetRequiredService<OrientirDbContext>();
        var accounts = services.GetRequiredService<UserAccounts>();
        var firstMunicipality = await db.Municipalities.OrderBy(m => m.Code).Select(m => new { m.Id, m.Code }).FirstOrDefaultAsync();
        var curatorSchools = firstMunicipality is null ? [] : await db.Schools.Where(s => s.MunicipalityId == firstMunicipality.Id)
            .OrderBy(s => s.Code).Select(s => s.Code).Skip(1).Take(3).ToListAsync();
        var firstSchool = await db.Schools.OrderBy(s => s.Code).Select(s => s.Code).FirstOrDefaultAsync();

        _accounts.Clear();
        foreach (var role in Roles.All)
        {
            var email = EmailOf(role);
            var (municipality, schools, scope) = role switch
            {
                Roles.MunicipalOfficer => (firstMunicipality?.Code, (IReadOnlyList<string>)[], $"муниципалитет {firstMunicipality?.Code}"),
                Roles.SchoolLeader => (null, firstSchool is null ? [] : [firstSchool], $"школа {firstSchool}"),
                Roles.Teacher => (null, firstSchool is null ? [] : [firstSchool], $"педагог школы {firstSchool}"),
                Roles.Curator => (null, curatorSchools, $"школы {string.Join(", ", curatorSchools)}"),
                _ => ((string?)null, [], "весь регион"),
            };
            if (await db.Users.AnyAsync(u => u.Email == email))
            {
                _accounts.Add(new DemoAccount(email, role, scope));
                continue;
            }
            // A bound role needs the registry: without a municipality or a school it is left out until there is one.
            if ((Roles.NeedsMunicipality(role) && municipality is null) || ((Roles.NeedsSchool(role) || role == Roles.Curator) && schools.Count == 0)) continue;
            // The demo teacher is a teacher of the director's school, so that their route and deficits are there to see.
            var teacher = role == Roles.Teacher && firstSchool is not null ? await DemoStaff.TeacherCodeAsync(db, firstSchool) : null;
            var result = await accounts.AddAsync(
                new NewAccount(email, role, municipality, schools, OrientirSettings.DemoPassword, $"Демо: {Roles.Russian(role)}", IsDemo: true,
                    TeacherCode: teacher),
                "demo");
            if (result.Succeeded) _accounts.Add(new DemoAccount(email, role, scope));
            else logger.LogError("Демонстрационная учётная запись {Email} не создана: {Errors}", email, string.Join("; ", result.Errors));
        }
    }
}

public sealed record DemoAccount(string Email, string Role, string Scope);
