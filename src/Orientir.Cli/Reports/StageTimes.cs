using System.Diagnostics;
using System.Globalization;

namespace Orientir.Cli.Reports;

/// <summary>
/// How long each stage of a report took, from the progress its builder reports (a stage lasts until the next one
/// starts): the line «Этапы: …» the CLI prints, which the benchmark (bench/reports.sh) reads too.
/// </summary>
internal sealed class StageTimes(Stopwatch clock)
{
    private const string Start = "Подготовка";

    private readonly List<(string Stage, double Seconds)> _stages = [];
    private string _current = Start;
    private double _since;

    public void Report(string stage)
    {
        if (stage == _current) return;
        Close(clock.Elapsed.TotalSeconds);
        _current = stage;
    }

    /// <summary>«Показатели 3,2 с; Оформление 1,1 с», the stages in the order they first started.</summary>
    public string Describe(double totalSeconds)
    {
        Close(totalSeconds);
        _current = "";
        return string.Join("; ", _stages.Select(s => $"{s.Stage} {s.Seconds.ToString("0.0", CultureInfo.GetCultureInfo("ru-RU"))} с"));
    }

    private void Close(double now)
    {
        if (_current.Length == 0) return;
        var index = _stages.FindIndex(s => s.Stage == _current);
        if (index < 0) _stages.Add((_current, now - _since));
        else _stages[index] = (_current, _stages[index].Seconds + now - _since);
        _since = now;
    }
}
