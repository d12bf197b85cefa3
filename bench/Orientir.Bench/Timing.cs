using System.Diagnostics;
using System.Text.Json;

namespace Orientir.Bench;

/// <summary>The median of repeated runs, and the one JSON line each measurement prints for bench/run.</summary>
internal static class Timing
{
    public static double Median(int runs, Action run) =>
        MedianAsync(runs, () => { run(); return Task.CompletedTask; }).GetAwaiter().GetResult();

    public static async Task<double> MedianAsync(int runs, Func<Task> run)
    {
        var seconds = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            seconds[i] = watch.Elapsed.TotalSeconds;
        }
        Array.Sort(seconds);
        return seconds[runs / 2];
    }

    public static void Print(object measurement) => Console.WriteLine(JsonSerializer.Serialize(measurement));
}
