using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Import;

/// <summary>The page <c>/import/subjects</c> and <c>/api/subjects/synonyms</c>: everyone reads, the region's analysts and methodologists change.</summary>
public class SubjectSynonymsWebTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData(Roles.MunicipalOfficer)]
    [InlineData(Roles.SchoolLeader)]
    public async Task A_municipal_officer_or_school_leader_reads_the_table_but_cannot_change_it(string role)
    {
        using var client = await app.BearerAsync(TestRegion.User(role).Email);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/subjects/synonyms");
        using var put = await client.PutAsJsonAsync("/api/subjects/synonyms/ИКТ", new { subject = "XX" });
        using var delete = await client.DeleteAsync("/api/subjects/synonyms/ИКТ");
        using var import = await client.PostAsync("/api/subjects/synonyms", Csv("name;subject\nИКТ;XX\n"));

        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("name").GetString() == "икт" && s.GetProperty("subject").GetString() == "IN");
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [put.StatusCode, delete.StatusCode, import.StatusCode]);
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        Assert.Equal("IN", (await db.SubjectSynonyms.SingleAsync(s => s.Name == "икт")).Subject);
    }

    [Fact]
    public async Task An_analyst_adds_and_deletes_a_name_with_audit_and_a_bad_code_names_the_field()
    {
        var email = TestRegion.User(Roles.RegionAnalyst).Email;
        using var analyst = await app.BearerAsync(email);

        using var added = await analyst.PutAsJsonAsync("/api/subjects/synonyms/" + Uri.EscapeDataString("Астрономия (базовая)"), new { subject = "as" });
        using var bad = await analyst.PutAsJsonAsync("/api/subjects/synonyms/Астрономия", new { subject = "A S" });
        using var deleted = await analyst.DeleteAsync("/api/subjects/synonyms/" + Uri.EscapeDataString("астрономия (базовая)"));
        using var missing = await analyst.DeleteAsync("/api/subjects/synonyms/" + Uri.EscapeDataString("астрономия (базовая)"));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("AS", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Предмет: «A S» — код предмета из букв, цифр и «-»", await bad.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (deleted.StatusCode, missing.StatusCode));
        await using var scope = app.App.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<OrientirDbContext>().Audit
            .Where(a => a.Details.Contains("астрономия (базовая)")).OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName }).ToListAsync();
        Assert.Equal(["subjects.synonyms.add", "subjects.synonyms.delete"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(email, a.UserName));
    }

    [Fact]
    public async Task A_methodologists_csv_with_a_bad_row_lists_file_line_column_and_a_good_one_imports()
    {
        using var methodologist = await app.BearerAsync(TestRegion.User(Roles.Methodologist).Email);

        using var export = await methodologist.GetAsync("/api/subjects/synonyms/export.csv");
        using var bad = await methodologist.PostAsync("/api/subjects/synonyms", Csv("name;subject\nМХК;MHK\nЭкология;\n"));
        using var good = await methodologist.PostAsync("/api/subjects/synonyms", Csv("name;subject\nМХК;MHK\n"));

        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\r\nрусский язык;RU\r\n", await export.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
        Assert.Equal("synonyms.csv:3: subject: не заполнено обязательное значение [IMP102]", errors[0].GetString());
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task The_page_gives_editors_the_form_and_upload_and_others_a_read_only_table()
    {
        using var methodologist = await app.CookieAsync(TestRegion.User(Roles.Methodologist).Email);
        using var officer = await app.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);

        var editable = WebUtility.HtmlDecode(await methodologist.GetStringAsync("/import/subjects"));
        var readOnly = WebUtility.HtmlDecode(await officer.GetStringAsync("/import/subjects"));

        Assert.Contains("Предметы в выгрузках", editable);
        foreach (var id in new[] { "synonyms-table", "synonym-name", "synonym-subject", "synonym-save", "synonyms-upload", "synonyms-download" })
            Assert.Contains($"id=\"{id}\"", editable);
        Assert.Contains("data-name=\"математика (профиль)\"", editable);
        Assert.Contains("id=\"synonyms-readonly\"", readOnly);
        Assert.Contains("data-name=\"математика (профиль)\"", readOnly);
        Assert.DoesNotContain("id=\"synonym-save\"", readOnly);
        Assert.DoesNotContain("synonym-delete-", readOnly);
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "synonyms.csv" } };
    }
}
