using System.Globalization;
using DuckDB.NET.Data;
using Orientir.Analytics.LowResults;
using Orientir.Domain.Results;

namespace Orientir.Bench;

/// <summary>
/// The DuckDB peer of the ШНОР composite's first stage (docs/methodology.md §4.1, LowResults/KeyResults.cs): for
/// each key procedure of the year, from the package's results files, per school with at least the minimum of works
/// the share of fails (a primary score below the "3" threshold; ЕГЭ: below the minimum score), the mean primary score
/// in percent of the maximum, the fail share's empirical logit, and the z of both over the schools — one SQL query
/// per procedure, window functions for the region's mean and SD, the rows read into .NET.
/// </summary>
internal static class DuckDbSchools
{
    private const int ComputeRuns = 15;
    private const int LoadRuns = 3;

    public static int Run(string package, int year, string agreementProcedure)
    {
        var settings = LowResultsSettings.Default;
        var load = double.MaxValue;
        DuckDBConnection? last = null;
        for (var i = 0; i < LoadRuns; i++)
        {
            last?.Dispose();
            var connection = last = Open();
            load = Math.Min(load, Timing.Best(1, () => LoadTables(connection, package, year, settings)));
        }
        using var loaded = last!;
        var designs = KeyDesigns(loaded, package, year, settings);
        var queries = designs.Select(d => (d.Code, Sql: FirstStageSql(d, $"\"r_{d.Code}\"", settings))).ToList();
        Compute(loaded, queries);
        var compute = Timing.Best(ComputeRuns, () => Compute(loaded, queries));

        var endToEnd = Timing.Best(LoadRuns, () =>
        {
            using var connection = Open();
            Execute(connection, RegistrySql(package));
            var fresh = KeyDesigns(connection, package, year, settings);
            Compute(connection, fresh.Select(d => (d.Code, FirstStageSql(d, ReadResultsSql(d), settings))).ToList());
        });

        var rows = Compute(loaded, queries);
        Timing.Print(new
        {
            measure = "schools-first-stage",
            provider = "DuckDB",
            procedures = designs.Select(d => d.Code).ToArray(),
            works = designs.Sum(d => Scalar(loaded, $"SELECT count(*) FROM \"r_{d.Code}\"")),
            loadSeconds = load,
            computeSeconds = compute,
            readComputeSeconds = endToEnd,
            agreement = new
            {
                procedure = agreementProcedure,
                schools = rows.Where(r => r.Procedure == agreementProcedure).ToDictionary(r => r.School, r => r.Values),
            },
        });
        return 0;
    }

    private sealed record Design(string Code, string File, ProcedureKind Kind, int MaxScore, int? FailBelow, List<string> Tasks, HashSet<string> Columns);

    private sealed record Row(string Procedure, string School, double?[] Values);

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static void LoadTables(DuckDBConnection connection, string package, int year, LowResultsSettings settings)
    {
        Execute(connection, RegistrySql(package));
        foreach (var design in KeyDesigns(connection, package, year, settings))
            Execute(connection, $"CREATE TABLE \"r_{design.Code}\" AS SELECT * FROM {ReadResultsSql(design)}");
    }

    private static string RegistrySql(string package) =>
        $"CREATE TABLE schools AS SELECT code FROM read_csv({Literal(Path.Combine(package, "schools.csv"))}, delim=';', header=true, all_varchar=true);" +
        $"CREATE TABLE procedures AS SELECT * FROM read_csv({Literal(Path.Combine(package, "procedures.csv"))}, delim=';', header=true, all_varchar=true);" +
        $"CREATE TABLE tasks AS SELECT * FROM read_csv({Literal(Path.Combine(package, "tasks.csv"))}, delim=';', header=true, all_varchar=true)";

    /// <summary>The year's key procedures (the default list of <see cref="LowResultsSettings"/>) that have a results file.</summary>
    private static List<Design> KeyDesigns(DuckDBConnection connection, string package, int year, LowResultsSettings settings)
    {
        var tasks = new Dictionary<string, List<string>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT procedure_code, task FROM tasks";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var code = reader.GetString(0);
                if (!tasks.TryGetValue(code, out var list)) tasks[code] = list = [];
                list.Add(reader.GetString(1));
            }
        }
        var designs = new List<Design>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT code, kind, subject, CAST(grade AS INTEGER), CAST(max_score AS INTEGER), mark_thresholds, CAST(min_score AS INTEGER) " +
                                  $"FROM procedures WHERE CAST(year AS INTEGER) = {year} ORDER BY code";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var code = reader.GetString(0);
                var kind = Enum.Parse<ProcedureKind>(reader.GetString(1), ignoreCase: true);
                var subject = reader.GetString(2);
                var grade = reader.GetInt32(3);
                var file = Path.Combine(package, "results", code + ".csv");
                if (!File.Exists(file) || !settings.KeyProcedures.Any(k => k.Kind == kind && k.Grade == grade && k.Weight > 0
                        && string.Equals(k.Subject, subject, StringComparison.OrdinalIgnoreCase)))
                    continue;
                MarkThresholds? scale = null;
                if (!reader.IsDBNull(5)) MarkThresholds.TryParse(reader.GetString(5), out scale);
                int? minScore = reader.IsDBNull(6) ? null : reader.GetInt32(6);
                var failBelow = kind == ProcedureKind.Ege ? minScore ?? scale?.Mark3 : scale?.Mark3;
                var header = File.ReadLines(file).First().TrimStart('\uFEFF').Split(';').Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                designs.Add(new Design(code, file, kind, reader.GetInt32(4), failBelow, tasks[code], header));
            }
        }
        return designs;
    }

    /// <summary>A results file with only what the first stage reads, a task not done (X, Х, -, empty) read as NULL.</summary>
    private static string ReadResultsSql(Design design)
    {
        var types = new List<string> { "'school_code': 'VARCHAR'" };
        types.AddRange(design.Tasks.Select(t => $"{Literal(t)}: 'INTEGER'"));
        types.AddRange(new[] { "primary_score", "mark" }.Where(design.Columns.Contains).Select(c => $"'{c}': 'INTEGER'"));
        return $"read_csv({Literal(design.File)}, delim=';', header=true, nullstr=['', 'X', 'Х', '-'], types={{{string.Join(", ", types)}}})";
    }

    private static string FirstStageSql(Design design, string source, LowResultsSettings settings)
    {
        var sum = string.Join(" + ", design.Tasks.Select(t => $"coalesce(r.{Identifier(t)}, 0)"));
        var primary = design.Columns.Contains("primary_score") ? $"coalesce(r.primary_score, {sum})" : $"({sum})";
        var mark = design.Columns.Contains("mark") ? "r.mark" : "NULL::INTEGER";
        var (marked, fails) = design.FailBelow is { } below
            ? ("count(*)", $"count(*) FILTER (WHERE p < {below})")
            : ("count(mk)", "count(*) FILTER (WHERE mk = 2)");
        var min = settings.MinimumParticipants;
        var scale = settings.FailShareLogit ? "ln((fails + 0.5) / (marked - fails + 0.5))" : "fails::DOUBLE / marked";
        return $"""
            WITH w AS (SELECT r.school_code AS sch, {primary} AS p, {mark} AS mk FROM {source} r SEMI JOIN schools s ON s.code = r.school_code),
            g AS (SELECT sch, count(*) AS n, sum(p) AS total, {marked} AS marked, {fails} AS fails FROM w GROUP BY sch),
            m AS (SELECT sch, n,
                CASE WHEN n >= {min} AND {design.MaxScore} > 0 THEN 100::DOUBLE * total / n / {design.MaxScore} END AS mean_percent,
                CASE WHEN n >= {min} AND marked >= {min} THEN fails::DOUBLE / marked END AS fail_share,
                CASE WHEN n >= {min} AND marked >= {min} THEN {scale} END AS fail_scale
              FROM g)
            SELECT sch, n, fail_share, mean_percent,
              -(fail_scale - avg(fail_scale) OVER ()) / stddev_samp(fail_scale) OVER () AS fail_z,
              (mean_percent - avg(mean_percent) OVER ()) / stddev_samp(mean_percent) OVER () AS mean_z
            FROM m
            """;
    }

    /// <summary>Runs every procedure's query and reads every value of every row into .NET, as Orientir's arrays are.</summary>
    private static List<Row> Compute(DuckDBConnection connection, List<(string Code, string Sql)> queries)
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
                rows.Add(new Row(code, (string)values[0], [Number(values[1]), Number(values[2]), Number(values[3]), Number(values[4]), Number(values[5])]));
            }
        }
        return rows;
    }

    private static double? Number(object value) => value is DBNull ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static void Execute(DuckDBConnection connection, string sql)
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
