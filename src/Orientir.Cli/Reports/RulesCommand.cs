using System.CommandLine;
using Orientir.Data.Database;
using Orientir.Cli.Import;
using Orientir.Data.Reports;
using Spectre.Console;

namespace Orientir.Cli.Reports;

/// <summary>
/// <c>orientir report rules export FILE</c> and <c>orientir report rules import FILE [--user NAME]</c>: the rules of the
/// reports' targeted recommendations as CSV (docs/reports/recommendations.md). Import exit codes: 0 imported or
/// unchanged, 1 rejected (errors printed as <c>file:line: column: problem [CODE]</c>, nothing stored), 2 the file does
/// not exist. Whoever runs the CLI holds the database, so no role is asked; <c>--user</c> names them in the audit.
/// </summary>
internal static class RulesCommand
{
    public static Command Create() => new("rules", "Правила адресных рекомендаций: выгрузка и загрузка CSV") { Export(), Import() };

    private static Command Export()
    {
        var file = new Argument<string>("файл") { Description = "Куда записать правила (CSV, разделитель «;», UTF-8)" };
        var export = new Command("export", "Выгрузить все правила рекомендаций в CSV") { file };
        export.SetAction(async (result, cancellationToken) =>
        {
            var path = Path.GetFullPath(result.GetValue(file)!);
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            await using var db = OrientirDatabase.CreateContext(connectionString);
            var store = new RecommendationRuleStore(db);
            var count = (await store.AllAsync(cancellationToken)).Count;
            await using (var output = File.Create(path)) await store.ExportAsync(output, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Правил выгружено: [bold]{count}[/] → {path}");
            return CatalogueImportCommand.Imported;
        });
        return export;
    }

    private static Command Import() => CatalogueImportCommand.Create(
        "Загрузить правила из CSV: всё или ничего, по коду правила; повторная загрузка ничего не меняет",
        "CSV: code, level, fact, comparison, threshold, limit, priority, template, active",
        "Правила рекомендаций",
        "Кто загружает правила (для журнала); по умолчанию имя пользователя системы",
        (db, path, user, name, cancellationToken) => new RecommendationRuleImport(db, TimeProvider.System).ImportAsync(path, user, name, cancellationToken));
}
