using System.CommandLine;
using Orientir.Cli.Import;
using Orientir.Data.Database;
using Orientir.Data.Results.Subjects;
using Spectre.Console;

namespace Orientir.Cli.Subjects;

/// <summary>
/// <c>orientir subjects export FILE</c> and <c>orientir subjects import FILE [--user NAME]</c>: the table «Предметы в
/// выгрузках» (a subject name as an export writes it → the subject code) as CSV <c>name;subject</c>
/// (docs/adapters/subject-synonyms.md). Import exit codes: 0 imported or unchanged, 1 rejected (errors printed as
/// <c>file:line: column: problem [CODE]</c>, nothing stored), 2 the file does not exist. Whoever runs the CLI holds the
/// database, so no role is asked; <c>--user</c> names them in the audit.
/// </summary>
internal static class SubjectsCommand
{
    public static Command Create() =>
        new("subjects", "Предметы в выгрузках: названия предметов и их коды, выгрузка и загрузка CSV") { Export(), Import() };

    private static Command Export()
    {
        var file = new Argument<string>("файл") { Description = "Куда записать таблицу (CSV name;subject, UTF-8)" };
        var export = new Command("export", "Выгрузить названия предметов и их коды в CSV") { file };
        export.SetAction(async (result, cancellationToken) =>
        {
            var path = Path.GetFullPath(result.GetValue(file)!);
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            await using var db = OrientirDatabase.CreateContext(connectionString);
            var store = new SubjectSynonymStore(db);
            var count = (await store.AllAsync(cancellationToken)).Count;
            await using (var output = File.Create(path)) await store.ExportAsync(output, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Названий предметов выгружено: [bold]{count}[/] → {path}");
            return CatalogueImportCommand.Imported;
        });
        return export;
    }

    private static Command Import() => CatalogueImportCommand.Create(
        "Загрузить названия предметов из CSV: всё или ничего, по названию; повторная загрузка ничего не меняет",
        "CSV: name (название в выгрузке), subject (код предмета: RU, MA, …)",
        "Предметы в выгрузках",
        "Кто загружает таблицу (для журнала); по умолчанию имя пользователя системы",
        (db, path, user, name, cancellationToken) => new SubjectSynonymImport(db, TimeProvider.System).ImportAsync(path, user, name, cancellationToken));
}
