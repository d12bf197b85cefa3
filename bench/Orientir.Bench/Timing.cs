using System.Diagnostics;
using System.Text.Json;

namespace Orientir.Bench;

/// <summary>
/// The best of repeated runs, and the one JSON line each measurement prints for bench/run. The best, not the
/// median: the benchmark shares two cores with whatever else runs, and the other runs only measure that.
/// </summary>
internal static class Timing
{
    public static double Best(int runs, Action run) =>
        BestAsync(runs, () => { run(); return Task.CompletedTask; }).GetAwaiter().GetResult();

    public static async Task<double> BestAsync(int runs, Func<Task> run)
    {
        var seconds = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            seconds[i] = watch.Elapsed.TotalSeconds;
        }
        return seconds.Min();
    }

    public static void Print(object measurement) => Console.WriteLine(JsonSerializer.Serialize(measurement));
}
