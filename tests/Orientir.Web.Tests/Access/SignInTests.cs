using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Access;

[Collection(WebAppCollection.Name)]
public class SignInTests(WebAppFixture app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        const string email = "lockout@test.orientir";
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .AddAsync(new NewAccount(email, "RegionAnalyst", Password: TestRegion.Password), "test");
            Assert.True(result.Succeeded);
        }

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await app.RequestTokenAsync(email, "Wrong-Pass-1!");
            Assert.Equal("AUTH-WRONG", await CodeOf(wrong));
        }
        using var fifth = await app.RequestTokenAsync(email, "Wrong-Pass-1!");
        Assert.Equal("AUTH-LOCKED", await CodeOf(fifth));
        using var right = await app.RequestTokenAsync(email, TestRegion.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("AUTH-LOCKED", await CodeOf(right));
    }

    [Fact]
    public async Task A_demo_account_cannot_sign_in_when_demo_mode_is_off()
    {
        using var response = await app.RequestTokenAsync(WebAppFixture.DemoEmail, TestRegion.Password);
        Assert.Equal("AUTH-DEMO-OFF", await CodeOf(response));
    }

    [Fact]
    public async Task The_right_password_gives_a_bearer_token()
    {
        using var response = await app.RequestTokenAsync(TestRegion.Users[0].Email, TestRegion.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", json.RootElement.GetProperty("tokenType").GetString());
    }

    [Fact]
    public async Task The_login_form_sends_a_wrong_password_back_with_a_russian_message()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/login?error=AUTH-WRONG");
        Assert.Contains("Неверный адрес электронной почты или пароль", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/schools/{code}", text);
        Assert.Contains("/api/imports", text);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("code").GetString();
    }
}
