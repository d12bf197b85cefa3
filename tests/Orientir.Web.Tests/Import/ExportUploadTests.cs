using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Import;

/// <summary>The import page and <c>POST /api/imports</c> take real exports besides packages.</summary>
public class ExportUploadTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task The_import_page_lists_the_understood_exports_and_links_the_subject_table()
    {
        using var analyst = await app.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);

        var page = WebUtility.HtmlDecode(await analyst.GetStringAsync("/import"));

        Assert.Contains("id=\"import-formats\"", page);
        Assert.Contains("data-format=\"ФИС ОКО: статистика по отметкам\"", page);
        Assert.Contains("href=\"/import/subjects\"", page);
        Assert.Contains("accept=\".zip,.xlsx,.csv\"", page);
    }

    [Fact]
    public async Task A_statistics_form_with_a_bad_share_is_refused_with_its_sheet_row_and_column()
    {
        using var analyst = await app.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Workbook()), "file", "stat.xlsx" } };

        using var response = await analyst.PostAsync("/api/imports", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(("Лист1", 3, "2", "IMP105"), (error.GetProperty("sheet").GetString(), error.GetProperty("line").GetInt32(),
            error.GetProperty("column").GetString(), error.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_file_that_is_neither_a_package_nor_a_known_export_names_the_understood_ones()
    {
        using var analyst = await app.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        using var form = new MultipartFormDataContent { { new StringContent("a;b\n1;2\n"), "file", "list.csv" } };

        using var response = await analyst.PostAsync("/api/imports", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("IMP007", text);
        Assert.Contains("ФИС ОКО: статистика по отметкам", text);
    }

    private static byte[] Workbook()
    {
        object?[][] rows =
        [
            ["ВПР 2025 Математика 5 класс"],
            ["Код МСУ", "Муниципалитет", "Код ОО", "Название ОО", "Кол-во участников", "2", "3", "4", "5"],
            ["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", 20, 120, 40, 40, 10],
        ];
        using var output = new MemoryStream();
        output.SaveAs(rows.Select(r => Enumerable.Range(0, 9).ToDictionary(i => "C" + i, i => i < r.Length ? r[i] : null)).ToList(),
            printHeader: false, sheetName: "Лист1");
        return output.ToArray();
    }
}
