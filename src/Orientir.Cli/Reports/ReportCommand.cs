using System.CommandLine;

namespace Orientir.Cli.Reports;

/// <summary><c>orientir report school|municipality|region …</c>: an analytic report as PDF, Excel or HTML; <c>report rules</c>: <see cref="RulesCommand"/>.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Аналитические отчёты (PDF, Excel, HTML)");
        report.Subcommands.Add(RulesCommand.Create());
        return report;
    }
}
