using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Access;

/// <summary>The account creation behind <c>orientir users add</c> and the demo accounts.</summary>
[Collection(WebAppCollection.Name)]
public class UserAccountsTests(WebAppFixture app)
{
    [Theory]
    [InlineData(Roles.MunicipalOfficer, null, "", "USR-SCOPE-MUNICIPALITY")]
    [InlineData(Roles.MunicipalOfficer, "M01", "S011", "USR-SCOPE-BOTH")]
    [InlineData(Roles.SchoolLeader, null, "", "USR-SCOPE-SCHOOL")]
    [InlineData(Roles.Teacher, null, "S011,S012", "USR-SCOPE-SCHOOL")]
    [InlineData(Roles.Teacher, "M01", "", "USR-SCOPE-SCHOOL")]
    [InlineData(Roles.RegionAnalyst, "M01", "", "USR-SCOPE-REGION")]
    [InlineData(Roles.Admin, null, "S011", "USR-SCOPE-REGION")]
    [InlineData(Roles.Curator, "M01", "", "USR-SCOPE-CURATOR")]
    [InlineData("Director", null, "", "USR-ROLE")]
    public void Refuses_a_role_with_a_scope_that_does_not_fit_it(string role, string? municipality, string schools, string code)
    {
        var errors = UserAccounts.CheckRoleAndScope(role, municipality, schools.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(code, Assert.Single(errors).Code);
        Assert.Matches("[а-яА-Я]", errors[0].Message);
    }

    [Fact]
    public async Task Refuses_a_school_that_is_not_in_the_registry()
    {
        var result = await AddAsync(new NewAccount("nobody@test.orientir", Roles.Teacher, SchoolCodes: ["S999"]));
        Assert.Equal("USR-NO-SCHOOL", Assert.Single(result.Errors).Code);
        await using var scope = app.App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<OrientirDbContext>().Users.AnyAsync(u => u.Email == "nobody@test.orientir"));
    }

    [Fact]
    public async Task A_generated_password_meets_the_policy_signs_in_and_the_creation_is_audited()
    {
        const string email = "generated@test.orientir";
        var result = await AddAsync(new NewAccount(email, Roles.MunicipalOfficer, MunicipalityCode: "M02"));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.NotNull(result.GeneratedPassword);

        using var token = await app.RequestTokenAsync(email, result.GeneratedPassword!);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var audit = await db.Audit.Where(a => a.Action == UserAccounts.AuditAction && a.Details.StartsWith(email)).ToListAsync();
        Assert.Equal("tester", Assert.Single(audit).UserName);
        Assert.Contains("municipality=M02", audit[0].Details);
    }

    [Fact]
    public async Task Refuses_a_password_that_breaks_the_policy_in_russian()
    {
        var result = await AddAsync(new NewAccount("weak@test.orientir", Roles.Admin, Password: "short"));
        Assert.Contains(result.Errors, e => e.Code == "USR-PASSWORD" && e.Message.Contains("короче 10 символов"));
    }

    private async Task<AddAccountResult> AddAsync(NewAccount account)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(account, "tester");
    }
}
