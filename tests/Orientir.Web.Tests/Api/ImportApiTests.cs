using System.Net;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public class ImportApiTests(WebAppFixture app)
{
    [Theory]
    [InlineData(Roles.Methodologist)]
    [InlineData(Roles.Curator)]
    [InlineData(Roles.MunicipalOfficer)]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.Teacher)]
    public async Task Roles_that_may_not_import_get_403(string role)
    {
        using var client = await app.BearerAsync(TestRegion.User(role).Email);
        using var response = await client.PostAsync("/api/imports", ZipForm());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // The importer itself is tested with it; here only that an importer is let through to it.
    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.RegionAnalyst)]
    public async Task Importers_are_let_through_and_told_when_the_package_is_missing(string role)
    {
        using var client = await app.BearerAsync(TestRegion.User(role).Email);
        using var response = await client.PostAsync("/api/imports", new MultipartFormDataContent { { new StringContent("x"), "comment" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("zip", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_import_gets_401()
    {
        using var client = app.Anonymous();
        using var response = await client.PostAsync("/api/imports", ZipForm());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static MultipartFormDataContent ZipForm() => new() { { new ByteArrayContent([0x50, 0x4b, 0x05, 0x06, .. new byte[18]]), "file", "package.zip" } };
}
