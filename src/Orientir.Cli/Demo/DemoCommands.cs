using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Orientir.Data.Demo;
using Spectre.Console;

namespace Orientir.Cli.Demo;

/// <summary><c>orientir demo generate --out DIR [--seed N] [--schools N] [--years 2023,2024,2025]</c>.</summary>
internal static class DemoCommands
{
    public static Command Create()
    {
        var demo = new Command("demo", "Демонстрационные данные");

        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Папка пакета данных (создаётся; файлы пакета в ней перезаписываются)",
            Required = true,
        };
        var seed = new Option<int>("--seed") { Description = "Зерно генератора: одно зерно — одинаковые файлы", DefaultValueFactory = _ => 1 };
        var schools = new Option<int>("--schools") { Description = "Число школ", DefaultValueFactory = _ => 300 };
        schools.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
                result.AddError("Число школ должно быть от 1 до 100 000.");
        });
        // No default value here: the generator's default years are the one source of truth.
        var years = new Option<IReadOnlyList<int>?>("--years")
        {
            Description = "Годы через запятую (по умолчанию 2023,2024,2025)",
            HelpName = "годы",
            CustomParser = ParseYears,
        };

        var generate = new Command("generate", "Сгенерировать пакет данных вымышленного региона и truth.csv, truth_teachers.csv с заложенными фактами")
        {
            output, seed, schools, years,
        };
        generate.SetAction(result =>
        {
            var directory = result.GetValue(output)!.FullName;
            var options = new DemoOptions(result.GetValue(seed), result.GetValue(schools), result.GetValue(years));
            var stopwatch = Stopwatch.StartNew();
            DemoSummary summary = null!;
            AnsiConsole.Status().Start("Генерация…", context =>
            {
                summary = DemoPackageGenerator.Generate(directory, options, new StatusProgress(context));
            });
            stopwatch.Stop();

            AnsiConsole.MarkupLineInterpolated($"[green]Пакет данных создан:[/] {directory}");
            var table = new Table().AddColumns("Что", "Сколько");
            table.AddRow("Муниципалитеты", summary.Municipalities.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Школы", summary.Schools.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Процедуры", summary.Procedures.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Задания", summary.Tasks.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Работы", summary.Works.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Педагоги", summary.Teachers.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Классы педагогов", summary.TeacherClasses.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Баллы диагностик педагогов", summary.TeacherDiagnostics.ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated(
                $"Годы: {string.Join(", ", options.YearsOrDefault)}; зерно {options.Seed}; {stopwatch.Elapsed.TotalSeconds:0.0} с. Заложенные факты — в truth.csv и truth_teachers.csv (импорт их не читает).");
            return 0;
        });
        demo.Subcommands.Add(generate);
        return demo;
    }

    private static IReadOnlyList<int>? ParseYears(ArgumentResult result)
    {
        var parsed = new List<int>();
        foreach (var token in result.Tokens)
            foreach (var part in token.Value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    || year is < DemoPackageGenerator.FirstYear or > DemoPackageGenerator.LastYear)
                {
                    result.AddError($"Год «{part}» не понят: нужны годы {DemoPackageGenerator.FirstYear}–{DemoPackageGenerator.LastYear} через запятую, например 2023,2024,2025.");
                    return [];
                }
                parsed.Add(year);
            }
        if (parsed.Count == 0)
            result.AddError("Укажите хотя бы один год, например --years 2023,2024,2025.");
        return parsed.Distinct().Order().ToList();
    }

    /// <summary>Shows the generator's messages in the status line, on the generating thread (Progress&lt;T&gt; would post them out of order).</summary>
    private sealed class StatusProgress(StatusContext context) : IProgress<string>
    {
        public void Report(string value) => context.Status(Markup.Escape(value));
    }
}
