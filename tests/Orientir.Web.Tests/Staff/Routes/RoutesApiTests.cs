using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Routes;

/// <summary>Routes through <c>/api/staff</c>: out of scope is not found, in scope but not theirs is forbidden.</summary>
public class RoutesApiTests(RoutesApp fixture) : IClassFixture<RoutesApp>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task Another_schools_leader_does_not_find_the_teacher_or_the_route()
    {
        using var director = await App.BearerAsync(RoutesApp.Director);

        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/api/staff/teachers/T0100/routes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.PostAsJsonAsync("/api/staff/teachers/T0100/routes", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.PostAsync($"/api/staff/routes/{fixture.ProposedRouteId}/approve", null)).StatusCode);
        var routes = await director.GetFromJsonAsync<JsonElement>("/api/staff/routes");
        Assert.DoesNotContain(routes.EnumerateArray(), r => r.GetProperty("teacherCode").GetString() is "T0100" or "T0102");
    }

    [Fact]
    public async Task A_teacher_reads_their_route_but_may_not_approve_or_edit_it_nor_see_a_colleagues()
    {
        using var teacher = await App.BearerAsync(RoutesApp.Teacher);

        var own = await teacher.GetFromJsonAsync<JsonElement>("/api/staff/teachers/T0100/routes");
        Assert.True(own.GetProperty("isSelf").GetBoolean());
        Assert.False(own.GetProperty("canManage").GetBoolean());
        var route = own.GetProperty("routes")[0];
        Assert.Contains(route.GetProperty("deficits").EnumerateArray(), d => d.GetProperty("outcome").GetString() == "NotMeasured");
        var course = route.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Course");
        Assert.Equal("ФР-0042", course.GetProperty("programme").GetProperty("registryNumber").GetString());
        var mentor = route.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Mentoring");
        Assert.Equal("T0101", mentor.GetProperty("mentor").GetProperty("code").GetString());

        using var approve = await teacher.PostAsync($"/api/staff/routes/{fixture.ProposedRouteId}/approve", null);
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        using var approveOwn = await teacher.PostAsync($"/api/staff/routes/{fixture.TeacherRouteId}/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, approveOwn.StatusCode);
        Assert.Contains("методист", await approveOwn.Content.ReadAsStringAsync());
        using var edit = await teacher.PutAsJsonAsync($"/api/staff/routes/{fixture.TeacherRouteId}/steps", new { steps = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/api/staff/teachers/T0102/routes")).StatusCode);
    }

    [Fact]
    public async Task A_methodologist_edits_an_approved_route_and_approves_a_proposed_one_and_the_teacher_marks_a_step_done_with_evidence()
    {
        using var methodologist = await App.BearerAsync(RoutesApp.Methodologist);
        var route = (await methodologist.GetFromJsonAsync<JsonElement>("/api/staff/teachers/T0100/routes")).GetProperty("routes")[0];
        var steps = route.GetProperty("steps").EnumerateArray()
            .Select(s => new { id = s.GetProperty("id").GetInt64(), kind = s.GetProperty("kind").GetString(), title = s.GetProperty("title").GetString(), deadline = "2026-04-30" })
            .Cast<object>().Append(new { id = (long?)null, kind = "MasterClass", title = "Мастер-класс по текстовым задачам", deadline = "2026-03-01" }).ToList();

        using var badStatus = await methodologist.GetAsync("/api/staff/routes?status=Unknown");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        using var edit = await methodologist.PutAsJsonAsync($"/api/staff/routes/{fixture.TeacherRouteId}/steps", new { steps });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var edited = (await methodologist.GetFromJsonAsync<JsonElement>("/api/staff/teachers/T0100/routes")).GetProperty("routes")[0].GetProperty("steps");
        Assert.Equal(steps.Count, edited.GetArrayLength());
        // Sent without its programme, the course step keeps the one it had.
        Assert.Equal("ФР-0042", edited.EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Course").GetProperty("programme").GetProperty("registryNumber").GetString());
        Assert.Equal("2026-04-30", edited[0].GetProperty("deadline").GetString());
        using var again = await methodologist.PostAsync($"/api/staff/routes/{fixture.TeacherRouteId}/approve", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        using var approve = await methodologist.PostAsync($"/api/staff/routes/{fixture.ToApproveRouteId}/approve", null);
        Assert.Equal("Approved", (await approve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var teacher = await App.BearerAsync(RoutesApp.Teacher);
        var stepId = route.GetProperty("steps")[0].GetProperty("id").GetInt64();
        using var empty = await teacher.PostAsJsonAsync($"/api/staff/routes/{fixture.TeacherRouteId}/steps/{stepId}/done", new { evidence = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Подтверждение", await empty.Content.ReadAsStringAsync());
        using var done = await teacher.PostAsJsonAsync($"/api/staff/routes/{fixture.TeacherRouteId}/steps/{stepId}/done", new { evidence = "Удостоверение № 7701" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        var approved = await methodologist.GetFromJsonAsync<JsonElement>("/api/staff/routes?status=Approved");
        var row = approved.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == fixture.TeacherRouteId);
        Assert.Equal((1, steps.Count), (row.GetProperty("stepsDone").GetInt32(), row.GetProperty("steps").GetInt32()));
    }

    [Fact]
    public async Task The_leader_of_the_teachers_school_proposes_once()
    {
        using var director = await App.BearerAsync(RoutesApp.Director);
        using var first = await director.PostAsJsonAsync("/api/staff/teachers/T0111/routes", new { year = 2025 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Proposed", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var second = await director.PostAsJsonAsync("/api/staff/teachers/T0111/routes", new { year = 2025 });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("незавершённый маршрут", await second.Content.ReadAsStringAsync());
    }
}
