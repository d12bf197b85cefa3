namespace Orientir.Analytics.Support.Effect;

/// <summary>
/// The sums of one school's works in one procedure (the database adds them up): how many works, the sum of their
/// primary-score fractions (score / maximum) and the sum of the fractions' squares.
/// </summary>
public sealed record ProcedureCell(int SchoolId, int ProcedureId, int Year, long Works, double Sum, double SumOfSquares);

/// <summary>A school's outcome in a year: the mean standardised score of its works, in SD of works within their procedures.</summary>
public sealed record SchoolOutcome(int SchoolId, int Year, double Value, long Works);

/// <summary>
/// The outcome of every school-year: each work's score fraction is standardised within its procedure across the region
/// (z = (x − mean) / SD, mean and SD of all the region's works in the procedure), and the school's outcome is the mean z
/// of its works in the year. Because z is linear in x, the school's sum of z in a procedure is (Σx − n·mean) / SD, so
/// three sums per school and procedure are enough.
/// </summary>
public static class SchoolOutcomes
{
    public static IReadOnlyDictionary<(int SchoolId, int Year), SchoolOutcome> Compute(IReadOnlyList<ProcedureCell> cells, int minimumWorks)
    {
        var procedures = new Dictionary<int, (double Mean, double Sd)>();
        foreach (var group in cells.GroupBy(c => c.ProcedureId))
        {
            double n = 0, sum = 0, squares = 0;
            foreach (var cell in group)
            {
                n += cell.Works;
                sum += cell.Sum;
                squares += cell.SumOfSquares;
            }
            if (n < 2) continue;
            var mean = sum / n;
            var variance = (squares - n * mean * mean) / (n - 1);
            // A procedure where every work has the same score tells nothing about who did better.
            if (variance > 1e-12) procedures[group.Key] = (mean, Math.Sqrt(variance));
        }

        var outcomes = new Dictionary<(int, int), SchoolOutcome>();
        foreach (var schoolYear in cells.GroupBy(c => (c.SchoolId, c.Year)))
        {
            long works = 0;
            double zSum = 0;
            foreach (var cell in schoolYear)
            {
                if (!procedures.TryGetValue(cell.ProcedureId, out var p)) continue;
                works += cell.Works;
                zSum += (cell.Sum - cell.Works * p.Mean) / p.Sd;
            }
            if (works >= minimumWorks && works > 0)
                outcomes[schoolYear.Key] = new SchoolOutcome(schoolYear.Key.SchoolId, schoolYear.Key.Year, zSum / works, works);
        }
        return outcomes;
    }
}
