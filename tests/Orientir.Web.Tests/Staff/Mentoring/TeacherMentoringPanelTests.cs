using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Staff.Mentoring;
using Orientir.Web.Tests.Infrastructure;
using Orientir.Web.Tests.Staff.Catalogue;

namespace Orientir.Web.Tests.Staff.Mentoring;

/// <summary>The panel the teacher's page hosts, rendered to HTML as the page would render it for the signed-in user.</summary>
public class TeacherMentoringPanelTests(CatalogueApp fixture) : IClassFixture<CatalogueApp>
{
    private async Task<string> RenderAsync(string email, string teacherCode)
    {
        await using var scope = fixture.App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, email)], "test"));
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            RenderFragment panel = builder =>
            {
                builder.OpenComponent<TeacherMentoringPanel>(0);
                builder.AddAttribute(1, nameof(TeacherMentoringPanel.TeacherCode), teacherCode);
                builder.CloseComponent();
            };
            var output = await renderer.RenderComponentAsync<CascadingValue<Task<AuthenticationState>>>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(CascadingValue<object>.Value)] = Task.FromResult(new AuthenticationState(user)),
                [nameof(CascadingValue<object>.ChildContent)] = panel,
            }));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
    }

    [Fact]
    public async Task A_methodologist_sees_a_mentors_groups_with_links_and_a_teacher_sees_their_own_as_mentee()
    {
        var mentor = await RenderAsync(TestRegion.User(Roles.Methodologist).Email, "T011A");
        var own = await RenderAsync(TestRegion.User(Roles.Teacher).Email, "T012A");
        var foreign = await RenderAsync(TestRegion.User(Roles.Teacher).Email, "T011A");

        Assert.Contains("id=\"teacher-mentoring-mentor\"", mentor);
        Assert.Contains($"href=\"/staff/mentoring/{fixture.GroupS011}\"", mentor);
        Assert.Contains($"href=\"/staff/mentoring/{fixture.GroupS012}\"", mentor);
        Assert.DoesNotContain("teacher-mentoring-mentee", mentor);
        Assert.Contains("id=\"teacher-mentoring-mentee\"", own);
        Assert.Contains("T011A", own);
        Assert.Contains("Наставничество педагога недоступно", foreign);
    }
}
