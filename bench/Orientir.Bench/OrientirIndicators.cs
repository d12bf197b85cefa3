using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Data.Results;
using Orientir.Domain.Access;

namespace Orientir.Bench;

/// <summary>
/// Orientir's indicators of a region-year, from the database the import measurement filled: every indicator of
/// every procedure of the year for the region, each municipality and each school. Timed three ways: the calculator
/// alone over works already in memory; loading the works (one query per procedure) and computing; and the
/// application's own read side, <see cref="IndicatorQueries.YearAsync"/>, with a region-wide scope, cold and cached.
/// </summary>
internal static class OrientirIndicators
{
    private const int WarmUps = 10;
    private const int ComputeRuns = 15;
    private const int LoadRuns = 3;

    public static async Task<int> RunAsync(string connectionString, int year, string agreementProcedure)
    {
        var settings = IndicatorSettings.Default;
        var (designs, municipalityOf) = await LoadDesignsAsync(connectionString, year);
        var loaded = await LoadWorksAsync(connectionString, designs);
        var works = loaded.Sum(w => (long)w.Works.Count);

        // The first runs compile the calculator (and let the tiered JIT reach its optimised code, as a long-running
        // server would); the figure is the best of the runs after them. The two halves are timed apart too.
        var first = Timing.Best(1, () => Compute(loaded, municipalityOf, settings));
        for (var i = 1; i < WarmUps; i++) Compute(loaded, municipalityOf, settings);
        var compute = Timing.Best(ComputeRuns, () => Compute(loaded, municipalityOf, settings));
        var statistics = Timing.Best(ComputeRuns, () =>
        {
            foreach (var (_, works) in loaded) IndicatorCalculator.BySchool(works);
        });

        var loadCompute = await Timing.BestAsync(LoadRuns, async () =>
        {
            var (d, m) = await LoadDesignsAsync(connectionString, year);
            Compute(await LoadWorksAsync(connectionString, d), m, settings);
        });

        // The application's read side with the scope of a regional analyst. Its cache of per-school statistics is
        // keyed by the connection string, so a connection string of its own (a different, harmless timeout) makes
        // each cold run read and count the works again; the warm figure is what a page load finds after the first.
        var run = 0;
        string Fresh() => $"{connectionString};Default Timeout={600 + ++run}";
        await YearThroughQueriesAsync(Fresh(), year, settings);
        var cold = await Timing.BestAsync(LoadRuns, () => YearThroughQueriesAsync(Fresh(), year, settings));
        var cached = Fresh();
        await YearThroughQueriesAsync(cached, year, settings);
        var warm = await Timing.BestAsync(ComputeRuns, () => YearThroughQueriesAsync(cached, year, settings));
        var served = await YearThroughQueriesAsync(cached, year, settings);

        var result = Compute(loaded, municipalityOf, settings);
        // The agreement is checked on what the application serves.
        var region = served.Single(p => p.Design.Code == agreementProcedure).Region.Indicators;
        Timing.Print(new
        {
            measure = "indicators",
            provider = "Orientir",
            procedures = loaded.Count,
            works,
            groups = result.Sum(p => 1 + p.Municipalities.Count + p.Schools.Count),
            computeSeconds = compute,
            statisticsSeconds = statistics,
            firstComputeSeconds = first,
            loadComputeSeconds = loadCompute,
            queriesColdSeconds = cold,
            queriesWarmSeconds = warm,
            region = new
            {
                procedure = agreementProcedure,
                participants = region.Participants,
                meanPercent = region.MeanPercent,
                marks = region.Marks is { } m ? new[] { m.Two, m.Three, m.Four, m.Five } : null,
                successRate = region.SuccessRate,
            },
        });
        return 0;
    }

    private sealed record YearIndicators(ProcedureDesign Design, ProcedureIndicators Region,
        List<ProcedureIndicators> Municipalities, List<ProcedureIndicators> Schools);

    /// <summary>The calculator's own path: one pass per procedure to school statistics, summed upwards, then every indicator.</summary>
    private static List<YearIndicators> Compute(List<ProcedureWorksOf> year, IReadOnlyDictionary<int, int> municipalityOf, IndicatorSettings settings)
    {
        var result = new List<YearIndicators>(year.Count);
        foreach (var (design, works) in year)
        {
            var bySchool = IndicatorCalculator.BySchool(works);
            var byMunicipality = bySchool.GroupBy(s => municipalityOf[s.Key])
                .Select(g => IndicatorCalculator.Sum(design, g.Select(s => s.Value)))
                .ToList();
            var region = IndicatorCalculator.Sum(design, byMunicipality);
            result.Add(new YearIndicators(design,
                IndicatorCalculator.Indicators(design, region, settings),
                byMunicipality.Select(m => IndicatorCalculator.Indicators(design, m, settings)).ToList(),
                bySchool.Values.Select(s => IndicatorCalculator.Indicators(design, s, settings)).ToList()));
        }
        return result;
    }

    private static async Task<IReadOnlyList<ProcedureIndicatorSet>> YearThroughQueriesAsync(string connectionString, int year, IndicatorSettings settings)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        var queries = new IndicatorQueries(db, AccessScope.Region(Roles.RegionAnalyst), settings);
        var sets = await queries.YearAsync(year);
        return sets.Count > 0 ? sets : throw new InvalidOperationException($"No procedures in {year}.");
    }

    private sealed record ProcedureWorksOf(ProcedureDesign Design, ProcedureWorks Works);

    private static async Task<(List<(int Id, ProcedureDesign Design)>, Dictionary<int, int>)> LoadDesignsAsync(string connectionString, int year)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Tasks)
            .Where(p => p.Year == year).OrderBy(p => p.Code).ToListAsync();
        var designs = procedures.Select(p => (p.Id, new ProcedureDesign(p.Code, p.Kind, p.Subject, p.Grade, p.Year, p.MaxScore,
                p.Thresholds, p.MinScore,
                p.Tasks.OrderBy(t => t.Number).Select(t => new TaskDesign(t.Label, t.MaxScore, t.Level, t.Skills)).ToList())))
            .ToList();
        var municipalityOf = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.MunicipalityId);
        return (designs, municipalityOf);
    }

    /// <summary>One query per procedure straight into the columns the calculator reads.</summary>
    private static async Task<List<ProcedureWorksOf>> LoadWorksAsync(string connectionString, List<(int Id, ProcedureDesign Design)> designs)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var result = new List<ProcedureWorksOf>(designs.Count);
        foreach (var (id, design) in designs)
        {
            var taskCount = design.Tasks.Count;
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"Works\" WHERE \"ProcedureId\" = " + id;
            var count = Convert.ToInt32(await command.ExecuteScalarAsync());
            var schools = new int[count];
            var primary = new int[count];
            var marks = new byte[count];
            var journal = new byte[count];
            var scores = new byte[count * taskCount];
            command.CommandText = "SELECT \"SchoolId\", \"PrimaryScore\", \"Mark\", \"JournalMark\", \"Scores\" FROM \"Works\" WHERE \"ProcedureId\" = " + id;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            var i = 0;
            while (await reader.ReadAsync())
            {
                schools[i] = reader.GetInt32(0);
                primary[i] = reader.GetInt32(1);
                marks[i] = reader.IsDBNull(2) ? (byte)0 : reader.GetByte(2);
                journal[i] = reader.IsDBNull(3) ? (byte)0 : reader.GetByte(3);
                reader.GetBytes(4, 0, scores, i * taskCount, taskCount);
                i++;
            }
            result.Add(new ProcedureWorksOf(design, new ProcedureWorks(design, schools, primary, marks, journal, scores)));
        }
        return result;
    }
}
