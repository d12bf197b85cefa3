using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Spectre.Console;

namespace Orientir.Cli.Database;

/// <summary><c>orientir db migrate</c> and <c>orientir db stats</c>.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var db = new Command("db", "База данных: миграции и счётчики");

        var migrate = new Command("migrate", "Применить миграции (база SQLite создаётся, если её нет)");
        migrate.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"[green]Миграции применены:[/] {OrientirDatabase.Describe(connectionString)}");
            return 0;
        });
        db.Subcommands.Add(migrate);

        var json = new Option<bool>("--json") { Description = "Вывести счётчики в JSON" };
        var stats = new Command("stats", "Сколько в базе муниципалитетов, школ, процедур, заданий и работ") { json };
        stats.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            await using var context = OrientirDatabase.CreateContext(connectionString);
            var counts = new DatabaseCounts(
                await context.Municipalities.CountAsync(cancellationToken),
                await context.Schools.CountAsync(cancellationToken),
                await context.Procedures.CountAsync(cancellationToken),
                await context.Tasks.CountAsync(cancellationToken),
                await context.Works.LongCountAsync(cancellationToken));
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(counts, JsonSerializerOptions.Web));
                return 0;
            }
            var table = new Table().AddColumns("Что", "Сколько");
            table.AddRow("Муниципалитеты", counts.Municipalities.ToString());
            table.AddRow("Школы", counts.Schools.ToString());
            table.AddRow("Процедуры", counts.Procedures.ToString());
            table.AddRow("Задания", counts.Tasks.ToString());
            table.AddRow("Работы", counts.Works.ToString());
            AnsiConsole.Write(table);
            return 0;
        });
        db.Subcommands.Add(stats);
        return db;
    }

    private sealed record DatabaseCounts(int Municipalities, int Schools, int Procedures, int Tasks, long Works);
}
