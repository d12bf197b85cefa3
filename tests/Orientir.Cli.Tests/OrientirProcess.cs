using System.Diagnostics;

namespace Orientir.Cli.Tests;

/// <summary>Runs the built <c>orientir</c> command as a separate process, as an analyst would.</summary>
internal static class OrientirProcess
{
    public sealed record Run(int ExitCode, string Output, string Errors)
    {
        public string All => Output + Errors;
    }

    public static async Task<Run> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "orientir.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // A wide, plain console keeps Spectre.Console from wrapping or colouring the lines the tests read.
        start.Environment["COLUMNS"] = "400";
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("ORIENTIR_DB");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await errors);
    }
}
