using System.CommandLine;

namespace Orientir.Cli.Reports;

/// <summary><c>orientir report rules …</c>: the rules of the reports' targeted recommendations.</summary>
internal static class RulesCommand
{
    public static Command Create() => new("rules", "Правила адресных рекомендаций");
}
