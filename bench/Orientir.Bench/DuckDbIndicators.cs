using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Orientir.Domain.Results;

namespace Orientir.Bench;

/// <summary>
/// The DuckDB peer of the indicators: the same package's files read with <c>read_csv</c> and the indicators of
/// docs/methodology.md §3 that a regional report starts from (participants, mean %, marks shares, успеваемость,
/// качество, below the minimum, per-task success, journal lower/same/higher) computed in SQL for every school,
/// municipality and the region (GROUPING SETS), per procedure of the year. Orientir computes more than this
/// (score histograms, skills, full-score shares, success levels, statuses), so the ratio flatters DuckDB if anything.
/// </summary>
internal static class DuckDbIndicators
{
    private const int AggregateRuns = 15;
    private const int LoadRuns = 3;

    public static int Run(string package, int year, string agreementProcedure)
    {
        // Loaded tables: read_csv into an in-memory database (a fresh one each run), then the aggregates on the last.
        var load = double.MaxValue;
        DuckDBConnection? last = null;
        for (var i = 0; i < LoadRuns; i++)
        {
            last?.Dispose();
            var connection = last = Open();
            load = Math.Min(load, Timing.Best(1, () => LoadTables(connection, package, year)));
        }
        using var loaded = last!;
        var designs = Designs(loaded, package, year);
        var queries = designs.Select(d => (d.Code, Sql: AggregateSql(d, $"\"r_{d.Code}\"", "schools"))).ToList();
        Aggregate(loaded, queries);
        var aggregate = Timing.Best(AggregateRuns, () => Aggregate(loaded, queries));

        // From the files alone: a fresh database, the registry and designs read, each results file aggregated as it is read.
        var endToEnd = Timing.Best(LoadRuns, () =>
        {
            using var connection = Open();
            Execute(connection, SchoolsSql(package) + ";" + DesignTablesSql(package));
            var fresh = Designs(connection, package, year);
            Aggregate(connection, fresh.Select(d => (d.Code, AggregateSql(d, ReadResultsSql(d), "schools"))).ToList());
        });

        var rows = Aggregate(loaded, queries);
        var region = rows.Single(r => r.Procedure == agreementProcedure && r.Level == "region");
        Timing.Print(new
        {
            measure = "indicators",
            provider = "DuckDB",
            procedures = designs.Count,
            works = designs.Sum(d => Scalar(loaded, $"SELECT count(*) FROM \"r_{d.Code}\"")),
            groups = rows.Count,
            loadSeconds = load,
            aggregateSeconds = aggregate,
            readAggregateSeconds = endToEnd,
            region = new
            {
                procedure = agreementProcedure,
                participants = region.Participants,
                meanPercent = region.MeanPercent,
                marks = region.Marks,
                successRate = region.SuccessRate,
            },
        });
        return 0;
    }

    internal static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    internal sealed record Design(string Code, string File, int MaxScore, MarkThresholds? Thresholds, int? MinScore,
        List<(string Label, int MaxScore)> Tasks, HashSet<string> Columns);

    private sealed record Row(string Procedure, string Level, string Code, long Participants, double? MeanPercent, double?[] Marks, double? SuccessRate);

    private static void LoadTables(DuckDBConnection connection, string package, int year)
    {
        Execute(connection, SchoolsSql(package) + ";" + DesignTablesSql(package));
        foreach (var design in Designs(connection, package, year))
            Execute(connection, $"CREATE TABLE \"r_{design.Code}\" AS SELECT * FROM {ReadResultsSql(design)}");
    }

    internal static string SchoolsSql(string package) =>
        $"CREATE TABLE schools AS SELECT code, municipality_code FROM read_csv({Literal(Path.Combine(package, "schools.csv"))}, delim=';', header=true, all_varchar=true)";

    internal static string DesignTablesSql(string package) =>
        $"CREATE TABLE procedures AS SELECT * FROM read_csv({Literal(Path.Combine(package, "procedures.csv"))}, delim=';', header=true, all_varchar=true);" +
        $"CREATE TABLE tasks AS SELECT * FROM read_csv({Literal(Path.Combine(package, "tasks.csv"))}, delim=';', header=true, all_varchar=true)";

    /// <summary>The year's procedures with their tasks in file order and the columns their results files have.</summary>
    internal static List<Design> Designs(DuckDBConnection connection, string package, int year)
    {
        var tasks = new Dictionary<string, List<(string, int)>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT procedure_code, task, CAST(max_score AS INTEGER) FROM tasks";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var code = reader.GetString(0);
                if (!tasks.TryGetValue(code, out var list)) tasks[code] = list = [];
                list.Add((reader.GetString(1), reader.GetInt32(2)));
            }
        }
        var designs = new List<Design>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT code, CAST(max_score AS INTEGER), mark_thresholds, CAST(min_score AS INTEGER) FROM procedures " +
                                  $"WHERE CAST(year AS INTEGER) = {year} ORDER BY code";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var code = reader.GetString(0);
                var file = Path.Combine(package, "results", code + ".csv");
                if (!File.Exists(file)) continue;
                MarkThresholds? scale = null;
                if (!reader.IsDBNull(2)) MarkThresholds.TryParse(reader.GetString(2), out scale);
                int? minScore = reader.IsDBNull(3) ? null : reader.GetInt32(3);
                var header = File.ReadLines(file).First().TrimStart('\uFEFF').Split(';').Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                designs.Add(new Design(code, file, reader.GetInt32(1), scale, minScore, tasks[code], header));
            }
        }
        return designs;
    }

    /// <summary>A results file typed as the design says, a task not done (X, Х, -, empty) read as NULL.</summary>
    internal static string ReadResultsSql(Design design)
    {
        var types = new List<string> { "'school_code': 'VARCHAR'" };
        types.AddRange(design.Tasks.Select(t => $"{Literal(t.Label)}: 'INTEGER'"));
        types.AddRange(new[] { "primary_score", "mark", "journal_mark" }.Where(design.Columns.Contains).Select(c => $"'{c}': 'INTEGER'"));
        return $"read_csv({Literal(design.File)}, delim=';', header=true, nullstr=['', 'X', 'Х', '-'], types={{{string.Join(", ", types)}}})";
    }

    private static string AggregateSql(Design design, string source, string schools)
    {
        var taskColumns = design.Tasks.Select((t, i) => (Alias: $"t{i}", t.Label, t.MaxScore)).ToList();
        var (primary, mark) = ScoreSql(design);
        var journal = design.Columns.Contains("journal_mark") ? "r.journal_mark" : "NULL";

        var sql = new StringBuilder();
        sql.Append($"WITH w AS (SELECT s.municipality_code AS mun, r.school_code AS sch, {primary} AS p, {mark} AS mk, {journal} AS j");
        foreach (var t in taskColumns) sql.Append($", coalesce(r.{Identifier(t.Label)}, 0) AS {t.Alias}");
        sql.Append($" FROM {source} r JOIN {schools} s ON s.code = r.school_code) ");
        sql.Append("SELECT CASE WHEN grouping(sch) = 0 THEN 'school' WHEN grouping(mun) = 0 THEN 'municipality' ELSE 'region' END AS level, ");
        sql.Append("coalesce(sch, mun, '') AS code, count(*) AS participants, ");
        sql.Append($"100::DOUBLE * sum(p) / count(*) / {design.MaxScore} AS mean_percent, ");
        foreach (var m in new[] { 2, 3, 4, 5 }) sql.Append($"100::DOUBLE * count(*) FILTER (WHERE mk = {m}) / count(mk) AS mark{m}, ");
        sql.Append("100::DOUBLE * count(*) FILTER (WHERE mk >= 3) / count(mk) AS success_rate, ");
        sql.Append("100::DOUBLE * count(*) FILTER (WHERE mk >= 4) / count(mk) AS quality_rate, ");
        sql.Append(design.MinScore is { } min ? $"100::DOUBLE * count(*) FILTER (WHERE p < {min}) / count(*) AS below_minimum, " : "NULL AS below_minimum, ");
        sql.Append("100::DOUBLE * count(*) FILTER (WHERE mk < j) / count(*) FILTER (WHERE mk IS NOT NULL AND j IS NOT NULL) AS journal_lower, ");
        sql.Append("100::DOUBLE * count(*) FILTER (WHERE mk = j) / count(*) FILTER (WHERE mk IS NOT NULL AND j IS NOT NULL) AS journal_same, ");
        sql.Append("100::DOUBLE * count(*) FILTER (WHERE mk > j) / count(*) FILTER (WHERE mk IS NOT NULL AND j IS NOT NULL) AS journal_higher");
        foreach (var t in taskColumns) sql.Append($", 100::DOUBLE * sum({t.Alias}) / (count(*) * {t.MaxScore}) AS success_{t.Alias}");
        sql.Append(" FROM w GROUP BY GROUPING SETS ((mun, sch), (mun), ())");
        return sql.ToString();
    }

    /// <summary>A work's primary score (the file's, else the sum of its tasks) and mark (the file's, else by the scale) over results «r».</summary>
    internal static (string Primary, string Mark) ScoreSql(Design design)
    {
        var sum = string.Join(" + ", design.Tasks.Select(t => $"coalesce(r.{Identifier(t.Label)}, 0)"));
        var primary = design.Columns.Contains("primary_score") ? $"coalesce(r.primary_score, {sum})" : $"({sum})";
        var scaleMark = design.Thresholds is { } s
            ? $"CASE WHEN {primary} >= {s.Mark5} THEN 5 WHEN {primary} >= {s.Mark4} THEN 4 WHEN {primary} >= {s.Mark3} THEN 3 ELSE 2 END"
            : "NULL";
        return (primary, design.Columns.Contains("mark") ? $"coalesce(r.mark, {scaleMark})" : scaleMark);
    }

    /// <summary>Runs every procedure's query and reads every value of every row into .NET, as Orientir's records are.</summary>
    private static List<Row> Aggregate(DuckDBConnection connection, List<(string Code, string Sql)> queries)
    {
        var rows = new List<Row>();
        foreach (var (code, sql) in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(values);
                rows.Add(new Row(code, (string)values[0], (string)values[1], Convert.ToInt64(values[2]), Number(values[3]),
                    [Number(values[4]), Number(values[5]), Number(values[6]), Number(values[7])], Number(values[8])));
            }
        }
        return rows;
    }

    private static double? Number(object value) => value is DBNull ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''") + "'";

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
