using System.CommandLine;
using Orientir.Data.Database;
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
    public const int Done = 0;
    public const int Rejected = 1;
    public const int FileMissing = 2;

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
            return Done;
        });
        return export;
    }

    private static Command Import()
    {
        var file = new Argument<string>("файл") { Description = "CSV: code, level, fact, comparison, threshold, limit, priority, template, active" };
        var user = new Option<string>("--user")
        {
            Description = "Кто загружает правила (для журнала); по умолчанию имя пользователя системы",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var import = new Command("import", "Загрузить правила из CSV: всё или ничего, по коду правила; повторная загрузка ничего не меняет") { file, user };
        import.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"Файл не найден: {path}");
                return FileMissing;
            }
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            await using var db = OrientirDatabase.CreateContext(connectionString);
            var outcome = await new RecommendationRuleImport(db, TimeProvider.System)
                .ImportAsync(Path.GetFullPath(path), result.GetValue(user)!, Path.GetFileName(path), cancellationToken);
            if (!outcome.Succeeded)
            {
                AnsiConsole.MarkupLine("[red]Правила не загружены, ничего не сохранено:[/]");
                foreach (var message in outcome.Messages) AnsiConsole.WriteLine(message);
                return Rejected;
            }
            AnsiConsole.MarkupLineInterpolated(
                $"Правила рекомендаций: добавлено [bold]{outcome.Added}[/], изменено [bold]{outcome.Updated}[/], без изменений [bold]{outcome.Unchanged}[/].");
            return Done;
        });
        return import;
    }
}
