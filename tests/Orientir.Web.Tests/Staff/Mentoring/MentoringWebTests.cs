using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;
using Orientir.Web.Tests.Staff.Catalogue;

namespace Orientir.Web.Tests.Staff.Mentoring;

/// <summary>The mentoring pages and <c>/api/staff/mentoring</c> in each role's scope.</summary>
public class MentoringWebTests(CatalogueApp fixture) : IClassFixture<CatalogueApp>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task A_school_leader_sees_their_schools_groups_and_the_create_form()
    {
        using var leader = await App.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);
        var page = await leader.GetStringAsync("/staff/mentoring");

        Assert.Contains("id=\"mentoring-create\"", page);
        Assert.Contains("id=\"mentoring-mentees\"", page);
        Assert.Contains($"id=\"mentoring-groups-open-{fixture.GroupS011}\"", page);
        Assert.DoesNotContain($"mentoring-groups-open-{fixture.GroupS021}\"", page);

        var group = await leader.GetStringAsync($"/staff/mentoring/{fixture.GroupS011}");
        Assert.Contains("Программа наставничества", group);
        Assert.Contains("id=\"goal-add\"", group);
        Assert.Contains("id=\"meeting-add\"", group);
        Assert.Contains("Наставник:</b> T011A", group);
        Assert.Contains("Группа наставничества не найдена", await leader.GetStringAsync($"/staff/mentoring/{fixture.GroupS021}"));
    }

    [Fact]
    public async Task A_teacher_sees_only_their_own_group_without_the_create_form()
    {
        using var teacher = await App.CookieAsync(TestRegion.User(Roles.Teacher).Email);
        var page = await teacher.GetStringAsync("/staff/mentoring");

        Assert.DoesNotContain("id=\"mentoring-create\"", page);
        Assert.Contains($"mentoring-groups-open-{fixture.GroupS012}\"", page);
        Assert.DoesNotContain($"mentoring-groups-open-{fixture.GroupS011}\"", page);
        var group = await teacher.GetStringAsync($"/staff/mentoring/{fixture.GroupS012}");
        Assert.DoesNotContain("id=\"goal-add\"", group);
    }

    [Fact]
    public async Task The_api_gives_404_out_of_scope_403_to_a_reader_and_lets_the_leader_add_a_goal()
    {
        using var leader = await App.BearerAsync(TestRegion.User(Roles.SchoolLeader).Email);
        using var officer = await App.BearerAsync(TestRegion.User(Roles.MunicipalOfficer).Email);

        using var foreign = await leader.GetAsync($"/api/staff/mentoring/{fixture.GroupS021}");
        using var foreignGoal = await leader.PostAsJsonAsync($"/api/staff/mentoring/{fixture.GroupS021}/goals", new { text = "Цель" });
        using var officerGoal = await officer.PostAsJsonAsync($"/api/staff/mentoring/{fixture.GroupS011}/goals", new { text = "Цель" });
        using var officerCreate = await officer.PostAsJsonAsync("/api/staff/mentoring",
            new { form = "TeacherToTeacher", mentorCode = "T011A", menteeCodes = new[] { "T011B" }, topic = "Тема", startDate = "2025-10-01" });
        using var goal = await leader.PostAsJsonAsync($"/api/staff/mentoring/{fixture.GroupS011}/goals", new { text = "Открытый урок к декабрю" });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignGoal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerGoal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerCreate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, goal.StatusCode);
        var programme = await goal.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(programme.GetProperty("goals").EnumerateArray(), g => g.GetProperty("text").GetString() == "Открытый урок к декабрю");
        var officerList = await officer.GetFromJsonAsync<JsonElement>("/api/staff/mentoring");
        Assert.Equal(new[] { fixture.GroupS011, fixture.GroupS012 }.Order(), officerList.EnumerateArray().Select(g => g.GetProperty("id").GetInt32()).Order());
    }

    [Fact]
    public async Task The_teachers_panel_data_splits_groups_as_mentor_and_as_mentee()
    {
        using var methodologist = await App.BearerAsync(TestRegion.User(Roles.Methodologist).Email);
        var mentor = await methodologist.GetFromJsonAsync<JsonElement>("/api/staff/mentoring/teachers/T011A");
        using var teacher = await App.BearerAsync(TestRegion.User(Roles.Teacher).Email);
        using var other = await teacher.GetAsync("/api/staff/mentoring/teachers/T011A");

        Assert.Equal(2, mentor.GetProperty("asMentor").GetArrayLength());
        Assert.Equal(0, mentor.GetProperty("asMentee").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
