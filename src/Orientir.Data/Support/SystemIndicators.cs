using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Results;

namespace Orientir.Data.Support;

/// <summary>What a system indicator measures of a school's works in one series of procedures (kind, subject, grade) in a year.</summary>
public enum SystemMetric
{
    /// <summary>Share of marked works with «2», %.</summary>
    ShareOfTwos,
    /// <summary>Share of marked works with «4» or «5», %.</summary>
    ShareOfGood,
    /// <summary>Mean primary score as a percent of the maximum.</summary>
    MeanPercent,
}

/// <summary>A system indicator: a metric of a procedure series. Its code is stored on a programme indicator, e.g. <c>share2:Vpr:MA:5</c>.</summary>
public sealed record SystemIndicator(SystemMetric Metric, ProcedureKind Kind, string Subject, int Grade)
{
    public string Code => $"{MetricCode(Metric)}:{Kind}:{Subject}:{Grade.ToString(CultureInfo.InvariantCulture)}";

    public bool HigherIsBetter => Metric != SystemMetric.ShareOfTwos;

    public string Name => $"{MetricName(Metric)} — {Kind.Russian()}, {ResultsNames.SubjectName(Subject)}, {Grade} класс";

    public static bool TryParse(string? code, out SystemIndicator indicator)
    {
        indicator = null!;
        var parts = code?.Split(':');
        if (parts is not { Length: 4 }) return false;
        SystemMetric? metric = parts[0] switch { "share2" => SystemMetric.ShareOfTwos, "share45" => SystemMetric.ShareOfGood, "mean_percent" => SystemMetric.MeanPercent, _ => null };
        if (metric is null || !Enum.TryParse<ProcedureKind>(parts[1], out var kind) || !int.TryParse(parts[3], CultureInfo.InvariantCulture, out var grade)) return false;
        indicator = new SystemIndicator(metric.Value, kind, parts[2], grade);
        return true;
    }

    private static string MetricCode(SystemMetric metric) => metric switch
    {
        SystemMetric.ShareOfTwos => "share2",
        SystemMetric.ShareOfGood => "share45",
        _ => "mean_percent",
    };

    private static string MetricName(SystemMetric metric) => metric switch
    {
        SystemMetric.ShareOfTwos => "Доля отметок «2»",
        SystemMetric.ShareOfGood => "Доля отметок «4» и «5»",
        _ => "Средний процент выполнения",
    };
}

/// <summary>A system indicator a school can choose, with its value in the year asked for (the baseline) when it has one.</summary>
public sealed record SystemIndicatorOption(string Code, string Name, string Unit, bool HigherIsBetter, int? Year, double? Value);

/// <summary>
/// Measures system indicators of a school from its imported works, so that a programme's indicator can be kept up to
/// date without anyone typing a number. Values are in percent, rounded to 0.1.
/// </summary>
public sealed class SystemIndicators(OrientirDbContext db)
{
    /// <summary>Every indicator of every procedure series the school took part in up to <paramref name="year"/>, with its value in that year (or null).</summary>
    public async Task<IReadOnlyList<SystemIndicatorOption>> OptionsAsync(int schoolId, int year, CancellationToken cancellationToken = default)
    {
        var cells = await CellsAsync(schoolId, cancellationToken);
        return cells.Where(c => c.Year <= year)
            .GroupBy(c => (c.Kind, c.Subject, c.Grade))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Subject, StringComparer.Ordinal).ThenBy(g => g.Key.Grade)
            .SelectMany(g => Enum.GetValues<SystemMetric>().Select(metric =>
            {
                var indicator = new SystemIndicator(metric, g.Key.Kind, g.Key.Subject, g.Key.Grade);
                var cell = g.FirstOrDefault(c => c.Year == year);
                return new SystemIndicatorOption(indicator.Code, indicator.Name, "%", indicator.HigherIsBetter,
                    cell is null ? null : year, cell is null ? null : ValueOf(cell, metric));
            }))
            .ToList();
    }

    /// <summary>The indicator's value in the newest year after <paramref name="afterYear"/> that has one, or null.</summary>
    public async Task<(int Year, double Value)?> LatestAfterAsync(int schoolId, string code, int afterYear, CancellationToken cancellationToken = default)
    {
        if (!SystemIndicator.TryParse(code, out var indicator)) return null;
        var cell = (await CellsAsync(schoolId, cancellationToken))
            .Where(c => c.Kind == indicator.Kind && c.Subject == indicator.Subject && c.Grade == indicator.Grade && c.Year > afterYear)
            .MaxBy(c => c.Year);
        return cell is null || ValueOf(cell, indicator.Metric) is not { } value ? null : (cell.Year, value);
    }

    /// <summary>The indicator's value in <paramref name="year"/>, or null when the school has no such works that year.</summary>
    public async Task<double?> ValueAsync(int schoolId, string code, int year, CancellationToken cancellationToken = default)
    {
        if (!SystemIndicator.TryParse(code, out var indicator)) return null;
        var cell = (await CellsAsync(schoolId, cancellationToken))
            .SingleOrDefault(c => c.Kind == indicator.Kind && c.Subject == indicator.Subject && c.Grade == indicator.Grade && c.Year == year);
        return cell is null ? null : ValueOf(cell, indicator.Metric);
    }

    private static double? ValueOf(SeriesYear cell, SystemMetric metric) => metric switch
    {
        SystemMetric.ShareOfTwos => cell.Marked == 0 ? null : Math.Round(100.0 * cell.Twos / cell.Marked, 1),
        SystemMetric.ShareOfGood => cell.Marked == 0 ? null : Math.Round(100.0 * cell.Good / cell.Marked, 1),
        _ => cell.Works == 0 ? null : Math.Round(100.0 * cell.FractionSum / cell.Works, 1),
    };

    private async Task<List<SeriesYear>> CellsAsync(int schoolId, CancellationToken cancellationToken) =>
        await (from w in db.Works.AsNoTracking()
               where w.SchoolId == schoolId
               join p in db.Procedures on w.ProcedureId equals p.Id
               group new { w.Mark, w.PrimaryScore, p.MaxScore } by new { p.Kind, p.Subject, p.Grade, p.Year } into g
               select new SeriesYear(g.Key.Kind, g.Key.Subject, g.Key.Grade, g.Key.Year,
                   g.Count(),
                   g.Count(x => x.Mark != null),
                   g.Count(x => x.Mark == 2),
                   g.Count(x => x.Mark >= 4),
                   g.Sum(x => (double)x.PrimaryScore / x.MaxScore)))
            .ToListAsync(cancellationToken);

    private sealed record SeriesYear(ProcedureKind Kind, string Subject, int Grade, int Year, int Works, int Marked, int Twos, int Good, double FractionSum);
}
