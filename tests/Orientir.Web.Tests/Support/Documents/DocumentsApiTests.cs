using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Documents;

/// <summary>The documents API in each role's scope: 404 out of scope, 403 in scope but not theirs, 400 with the Russian message.</summary>
public class DocumentsApiTests(DocumentsApp fixture) : IClassFixture<DocumentsApp>
{
    [Fact]
    public async Task Only_the_leader_writes_only_the_assigned_curator_reviews_and_others_in_scope_only_read()
    {
        using var leader = await fixture.App.BearerAsync(DocumentsApp.Leader);
        using var created = await leader.PostAsJsonAsync("/api/support/schools/S011/documents", new { year = DocumentsApp.Year, kind = "AntiRiskProgramme", riskFactorCode = DocumentsApp.PriorityRisk });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var content = new
        {
            title = "Антирисковая программа", goal = "Повысить учебную мотивацию", tasks = "Задача 1\nЗадача 2", body = "",
            measures = new[] { new { title = "Классные часы", deadline = "2026-05-20", responsible = "Классные руководители" } },
            indicators = new[] { new { name = "Участие в олимпиадах", unit = "%", higherIsBetter = true, baseline = "5", target = "15" } },
            students = new[] { new { code = await fixture.ParticipantAsync(), route = "Наставник, еженедельно" } },
        };
        Assert.Equal(HttpStatusCode.OK, (await leader.PutAsJsonAsync($"/api/support/documents/{id}", content)).StatusCode);
        using var badStudent = await leader.PutAsJsonAsync($"/api/support/documents/{id}", content with { students = new[] { new { code = "Петров", route = "—" } } });
        Assert.Equal(HttpStatusCode.BadRequest, badStudent.StatusCode);
        Assert.Contains("Обучающийся 1", await badStudent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsync($"/api/support/documents/{id}/submit", null)).StatusCode);

        using var otherLeader = await fixture.App.BearerAsync(DocumentsApp.OtherLeader);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"/api/support/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.PutAsJsonAsync($"/api/support/documents/{id}", content)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"/api/support/schools/S011/documents?year={DocumentsApp.Year}")).StatusCode);

        using var otherCurator = await fixture.App.BearerAsync(DocumentsApp.OtherCurator);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCurator.GetAsync($"/api/support/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCurator.PostAsJsonAsync($"/api/support/documents/{id}/review", new { decision = "Approved" })).StatusCode);

        using var officer = await fixture.App.BearerAsync(DocumentsApp.Officer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/support/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/support/documents/{id}", content)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/support/documents/{id}/review", new { decision = "Approved" })).StatusCode);

        using var curator = await fixture.App.BearerAsync(DocumentsApp.Curator);
        Assert.Equal(HttpStatusCode.Forbidden, (await curator.PutAsJsonAsync($"/api/support/documents/{id}", content)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await curator.PostAsJsonAsync($"/api/support/documents/{id}/review", new { decision = "Returned", comment = "" })).StatusCode);
        using var returned = await curator.PostAsJsonAsync($"/api/support/documents/{id}/review", new { decision = "Returned", comment = "Добавьте срок второго мероприятия" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);

        var detail = await leader.GetFromJsonAsync<JsonElement>($"/api/support/documents/{id}");
        Assert.Equal("Returned", detail.GetProperty("status").GetString());
        Assert.Equal("Добавьте срок второго мероприятия", detail.GetProperty("fixComment").GetString());
        var measure = detail.GetProperty("measures")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/support/measures/{measure}", new { done = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.PutAsJsonAsync($"/api/support/measures/{measure}", new { done = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PutAsJsonAsync($"/api/support/measures/{measure}", new { done = true, note = "Проведены" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/support/schools/S011/system-indicators?year={DocumentsApp.Year}")).StatusCode);
    }

    [Fact]
    public async Task The_document_page_and_the_school_panel_render_for_the_leader_and_for_the_curator()
    {
        using var api = await fixture.App.BearerAsync(DocumentsApp.Leader);
        using var created = await api.PostAsJsonAsync("/api/support/schools/S011/documents", new { year = DocumentsApp.Year, kind = "Concept" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var leader = await fixture.App.CookieAsync(DocumentsApp.Leader);
        var editor = await leader.GetStringAsync($"/support/documents/{id}");
        Assert.Contains("Концепция развития", editor);
        Assert.Contains("id=\"save-document\"", editor);
        Assert.Contains("id=\"add-measure\"", editor);
        Assert.Contains("История версий", editor);

        var panel = await leader.GetStringAsync($"/support/schools/S011?year={DocumentsApp.Year}&tab=documents");
        Assert.Contains("id=\"documents-table\"", panel);
        Assert.Contains("id=\"create-medium-term\"", panel);
        Assert.DoesNotContain("id=\"create-concept\"", panel);

        using var curator = await fixture.App.CookieAsync(DocumentsApp.Curator);
        var read = await curator.GetStringAsync($"/support/documents/{id}");
        Assert.Contains("Концепция развития", read);
        Assert.DoesNotContain("id=\"save-document\"", read);
        Assert.DoesNotContain("id=\"create-medium-term\"", await curator.GetStringAsync($"/support/schools/S011?year={DocumentsApp.Year}&tab=documents"));

        using var stranger = await fixture.App.CookieAsync(DocumentsApp.OtherLeader);
        var hidden = await stranger.GetStringAsync($"/support/documents/{id}");
        Assert.Contains("Не найдено или нет доступа", hidden);
        Assert.DoesNotContain("Концепция развития", hidden);
    }
}
