using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Reports;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary>A generated region imported into SQLite with its 2025 lists published: what <c>orientir report</c> reads.</summary>
public sealed class ReportRegion : IAsyncLifetime
{
    private TestDatabase? _database;
    private GeneratedPackage? _package;

    public TestDatabase Database => _database!;
    public string Folder => Path.Combine(_package!.Directory, "reports");
    public string SchoolCode { get; private set; } = "";
    public string SchoolName { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _package = await GeneratedPackage.CreateAsync(30, years: "2024,2025");
        var import = await OrientirProcess.RunAsync("import", _package.Directory, "--db", _database.ConnectionString);
        Assert.True(import.ExitCode == 0, import.All);
        var lists = await OrientirProcess.RunAsync("analyze", "schools", "--year", "2025", "--db", _database.ConnectionString);
        Assert.True(lists.ExitCode == 0, lists.All);
        await using var db = _database.CreateContext();
        var school = await db.Schools.OrderBy(s => s.Code).FirstAsync();
        (SchoolCode, SchoolName) = (school.Code, school.Name);
    }

    public async Task DisposeAsync()
    {
        _package?.Dispose();
        if (_database is not null) await _database.DisposeAsync();
    }
}

/// <summary><c>orientir report</c> through the real command: files, messages, exit codes and the audit log.</summary>
public sealed class ReportCommandTests(ReportRegion region) : IClassFixture<ReportRegion>
{
    private Task<OrientirProcess.Run> ReportAsync(params string[] arguments) =>
        OrientirProcess.RunAsync(["report", .. arguments, "--db", region.Database.ConnectionString]);

    [Fact]
    public async Task A_school_report_is_written_as_a_workbook_and_as_html_and_each_export_is_audited()
    {
        var xlsx = Path.Combine(region.Folder, "school.xlsx");
        var html = Path.Combine(region.Folder, "school.html");

        var workbook = await ReportAsync("school", "--code", region.SchoolCode, "--year", "2025", "--out", xlsx, "--user", "methodologist");
        var page = await ReportAsync("school", "--code", region.SchoolCode, "--year", "2025", "--out", html);

        Assert.True(workbook.ExitCode == 0, workbook.All);
        Assert.True(page.ExitCode == 0, page.All);
        Assert.Contains($"Отчёт записан:{Environment.NewLine}{xlsx}{Environment.NewLine}", workbook.Output);
        Assert.Matches(@"\d+(,\d)? КБ, \d+,\d с", workbook.Output);
        Assert.Contains("Этапы: ", workbook.Output);
        using (var zip = ZipFile.OpenRead(xlsx))
            Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        Assert.Contains(region.SchoolName, await File.ReadAllTextAsync(html));
        await using var db = region.Database.CreateContext();
        var audit = await db.Audit.Where(a => a.Action == ReportAudit.Action).ToListAsync();
        Assert.Contains(audit, a => a.UserName == "methodologist" && a.Details.Contains($"code={region.SchoolCode}") && a.Details.Contains("format=xlsx"));
        Assert.Contains(audit, a => a.UserName == "cli" && a.Details.Contains($"code={region.SchoolCode}") && a.Details.Contains("format=html"));
    }

    [Fact]
    public async Task An_unknown_school_is_told_with_a_non_zero_exit_code_and_writes_no_file()
    {
        var file = Path.Combine(region.Folder, "nobody.xlsx");

        var run = await ReportAsync("school", "--code", "NO-SUCH-SCHOOL", "--year", "2025", "--out", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(ReportProducer.NotFound, run.Errors);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_file_name_without_a_report_format_is_refused_with_the_formats_to_use()
    {
        var run = await ReportAsync("region", "--year", "2025", "--out", Path.Combine(region.Folder, "region.docx"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Расширение «.docx» не подходит", run.All);
        Assert.Contains(".pdf, .xlsx или .html", run.All);
    }

    [Fact]
    public async Task A_municipality_report_needs_its_code()
    {
        var run = await ReportAsync("municipality", "--year", "2025", "--out", Path.Combine(region.Folder, "municipality.xlsx"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--code", run.All);
    }

    [Fact]
    public async Task The_region_report_is_printed_to_a_pdf_of_several_pages_that_the_command_counts()
    {
        Assert.True(ChromiumLocator.Find() is not null, ChromiumLocator.MissingMessage);
        var pdf = Path.Combine(region.Folder, "region.pdf");

        var run = await ReportAsync("region", "--year", "2025", "--out", pdf);

        Assert.True(run.ExitCode == 0, run.All);
        var info = await ToolAsync("pdfinfo", pdf);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(pages > 1, info);
        Assert.Contains($"страниц: {pages}", run.Output);
    }

    private static async Task<string> ToolAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
