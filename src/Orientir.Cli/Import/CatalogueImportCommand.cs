using System.CommandLine;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Spectre.Console;

namespace Orientir.Cli.Import;

/// <summary>
/// The <c>import FILE [--user NAME]</c> command of a reference file matched by code (the catalogue of ДПП, the
/// recommendation rules): all or nothing, the same file again changes nothing. Exit codes: 0 imported or unchanged,
/// 1 rejected (errors printed as <c>file:line: column: problem [CODE]</c>, nothing stored), 2 the file does not exist.
/// </summary>
internal static class CatalogueImportCommand
{
    public const int Imported = 0;
    public const int Rejected = 1;
    public const int FileMissing = 2;

    /// <param name="what">What is loaded, in the messages: «Каталог ДПП», «Правила рекомендаций».</param>
    /// <param name="import">The importer: database, full path, user, file name as the messages name it.</param>
    public static Command Create(string description, string fileDescription, string what, string userDescription,
        Func<OrientirDbContext, string, string, string, CancellationToken, Task<CatalogueImportOutcome>> import)
    {
        var file = new Argument<string>("файл") { Description = fileDescription };
        var user = new Option<string>("--user") { Description = userDescription, DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("import", description) { file, user };
        command.SetAction(async (result, cancellationToken) =>
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
            var outcome = await import(db, Path.GetFullPath(path), result.GetValue(user)!, Path.GetFileName(path), cancellationToken);
            if (!outcome.Succeeded)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{what}: не загружено, ничего не сохранено:[/]");
                foreach (var message in outcome.Messages) AnsiConsole.WriteLine(message);
                return Rejected;
            }
            AnsiConsole.MarkupLineInterpolated(
                $"{what}: добавлено [bold]{outcome.Added}[/], изменено [bold]{outcome.Updated}[/], без изменений [bold]{outcome.Unchanged}[/].");
            return Imported;
        });
        return command;
    }
}
