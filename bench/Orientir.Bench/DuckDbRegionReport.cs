using System.Globalization;

namespace Orientir.Bench;

/// <summary>
/// The DuckDB peer of the region report's data stage: its main table — per procedure of the year × municipality, the
/// participants, the mean primary score and the share of mark «2» — computed from the package's files alone (a fresh
/// in-memory database, the registry and designs read, each results file aggregated as it is read), as
/// <see cref="DuckDbIndicators"/> reads them. The report computes far more (every indicator of every group, the lists,
/// dynamics, recommendations), so the ratio is what the whole report costs against its one central table.
/// </summary>
internal static class DuckDbRegionReport
{
    private const int Runs = 3;

    private sealed record Cell(string Procedure, string Municipality, long Participants, double? MeanScore, double? ShareOfTwo);

    public static int Run(string package, int year)
    {
        List<Cell> cells = [];
        var first = Timing.Best(1, () => cells = Compute(package, year));
        var best = Timing.Best(Runs, () => cells = Compute(package, year));
        Timing.Print(new
        {
            measure = "report-data",
            provider = "DuckDB",
            year,
            firstBuildSeconds = first,
            buildSeconds = best,
            cells = cells.Select(c => new
            {
                procedure = c.Procedure,
                municipality = c.Municipality,
                participants = c.Participants,
                meanScore = c.MeanScore,
                shareOfTwo = c.ShareOfTwo,
            }),
        });
        return 0;
    }

    private static List<Cell> Compute(string package, int year)
    {
        using var connection = DuckDbIndicators.Open();
        DuckDbIndicators.Execute(connection, DuckDbIndicators.SchoolsSql(package) + ";" + DuckDbIndicators.DesignTablesSql(package));
        var cells = new List<Cell>();
        foreach (var design in DuckDbIndicators.Designs(connection, package, year))
        {
            var (primary, mark) = DuckDbIndicators.ScoreSql(design);
            using var command = connection.CreateCommand();
            command.CommandText =
                $"WITH w AS (SELECT s.municipality_code AS mun, {primary} AS p, {mark} AS mk " +
                $"FROM {DuckDbIndicators.ReadResultsSql(design)} r JOIN schools s ON s.code = r.school_code) " +
                "SELECT mun, count(*), avg(p), 100::DOUBLE * count(*) FILTER (WHERE mk = 2) / count(mk) FROM w GROUP BY mun ORDER BY mun";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                cells.Add(new Cell(design.Code, reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture),
                    Number(reader.GetValue(2)), Number(reader.GetValue(3))));
        }
        return cells;
    }

    private static double? Number(object value) => value is DBNull ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
