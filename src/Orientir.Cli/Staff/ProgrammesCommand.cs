using System.CommandLine;
using Orientir.Data.Database;
using Orientir.Data.Staff.Catalogue;
using Spectre.Console;

namespace Orientir.Cli.Staff;

/// <summary>
/// <c>orientir staff programmes import FILE</c> (the <c>programmes</c> command of <c>staff</c>): loads programmes.csv into the catalogue of ДПП. Exit codes: 0 imported
/// or unchanged, 1 rejected (errors printed as <c>programmes.csv:line: column: problem [CODE]</c>, nothing stored),
/// 2 the file does not exist.
/// </summary>
internal static class ProgrammesCommand
{
    public const int Imported = 0;
    public const int Rejected = 1;
    public const int FileMissing = 2;

    public static Command Create()
    {
        var file = new Argument<string>("файл") { Description = "programmes.csv: title, provider, hours, format, registry_number, targets, active" };
        var user = new Option<string>("--user")
        {
            Description = "Кто загружает каталог (для журнала); по умолчанию имя пользователя системы",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var import = new Command("import", "Загрузить каталог ДПП из programmes.csv: всё или ничего, повторная загрузка ничего не меняет") { file, user };
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
            var outcome = await new ProgrammeImport(db, TimeProvider.System)
                .ImportAsync(Path.GetFullPath(path), result.GetValue(user)!, Path.GetFileName(path), cancellationToken);
            if (!outcome.Succeeded)
            {
                AnsiConsole.MarkupLine("[red]Каталог не загружен, ничего не сохранено:[/]");
                foreach (var message in outcome.Messages) AnsiConsole.WriteLine(message);
                return Rejected;
            }
            AnsiConsole.MarkupLineInterpolated(
                $"Каталог ДПП: добавлено [bold]{outcome.Added}[/], изменено [bold]{outcome.Updated}[/], без изменений [bold]{outcome.Unchanged}[/].");
            return Imported;
        });
        return new Command("programmes", "Каталог программ повышения квалификации (ДПП)") { import };
    }
}
