using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Context;
using Orientir.Analytics.Indicators;
using Orientir.Analytics.LowResults;
using Orientir.Analytics.Objectivity;
using Orientir.Analytics.Performance;
using Orientir.Analytics.Schools;
using Orientir.Data.Database;
using Orientir.Data.Schools;

namespace Orientir.Bench;

/// <summary>
/// Orientir's school analytics of a year (docs/methodology.md §4) from the database the import measurement filled:
/// the load, the whole <see cref="SchoolAnalysis.Run"/> and each of its methods through its public entry point, the
/// ШНОР composite's first stage (what DuckDB and pandas compute too), the level model refitted on its own rows (which
/// go to a CSV for lme4) and the publish on a copy of the database. Each figure is the best of repeated runs after
/// warm-up runs, as the indicator benchmark's.
/// </summary>
internal static class SchoolAnalytics
{
    private const int WarmUps = 2;
    private const int Runs = 5;
    private const int FastRuns = 15;
    private const int LoadRuns = 3;

    public static async Task<int> RunAsync(string connectionString, int year, string agreementProcedure, string modelCsv)
    {
        var settings = SchoolAnalysisSettings.Default;
        SchoolAnalysisInput? loaded = null;
        var load = await Timing.BestAsync(LoadRuns, async () =>
        {
            await using var db = OrientirDatabase.CreateContext(connectionString);
            loaded = await SchoolAnalysisLoader.LoadAsync(db, year);
        });
        var input = loaded!;

        var firstRun = Timing.Best(1, () => SchoolAnalysis.Run(input, settings));
        for (var i = 0; i < WarmUps; i++) SchoolAnalysis.Run(input, settings);
        var whole = Timing.Best(Runs, () => SchoolAnalysis.Run(input, settings));

        // Each method with the inputs SchoolAnalysis.Run hands it.
        var result = SchoolAnalysis.Run(input, settings);
        var nonObjective = result.Objectivity.Schools.Where(s => s.Listed).Select(s => s.SchoolId).ToHashSet();
        var judgedOfListed = result.Objectivity.Schools.Where(s => s.Listed)
            .SelectMany(s => s.JudgedProcedures.Concat(s.NotJudgedProcedures).Select(code => new SchoolProcedure(s.SchoolId, code)))
            .ToHashSet();
        var index = result.Context.Schools.Where(s => s.Index is not null).ToDictionary(s => s.SchoolId, s => s.Index!.Value);
        var context = Timing.Best(FastRuns, () => ContextIndex.Compute(input.Schools, settings.Context));
        var objectivity = Timing.Best(Runs, () => ObjectivityAnalysis.Run(input, settings.Objectivity));
        var performance = Timing.Best(Runs, () => ContextAdjustedPerformance.Estimate(input, index, settings.Performance, judgedOfListed));
        var lowResults = Timing.Best(Runs, () => LowResultsAnalysis.Run(input, settings.LowResults, nonObjective));
        var resilience = Timing.Best(FastRuns, () => Resilience.Judge(result.Context, result.Performance.Level, settings.Resilience));

        var firstStage = new LowResultsFirstStage(input, year, settings.LowResults);
        for (var i = 0; i < WarmUps * 5; i++) firstStage.Compute();
        var firstStageSeconds = Timing.Best(FastRuns, () => firstStage.Compute());

        var rows = SchoolAnalyticsLevelRows.Build(input, settings);
        rows.WriteCsv(modelCsv);
        for (var i = 0; i < WarmUps * 5; i++) rows.Fit(settings.Performance);
        var modelSeconds = Timing.Best(FastRuns, () => rows.Fit(settings.Performance));
        var fit = rows.Fit(settings.Performance);
        var system = result.Performance.Level?.Summary ?? throw new InvalidOperationException($"No level model in {year}.");

        var publish = await PublishOnCopyAsync(connectionString, year);

        Timing.Print(new
        {
            measure = "schools",
            provider = "Orientir",
            year,
            schools = input.Schools.Count,
            procedures = input.Procedures.Count,
            years = input.Procedures.Select(p => p.Design.Year).Distinct().Order().ToArray(),
            works = input.Procedures.Sum(p => (long)p.Count),
            yearWorks = input.Procedures.Where(p => p.Design.Year == year).Sum(p => (long)p.Count),
            loadSeconds = load,
            firstRunSeconds = firstRun,
            runSeconds = whole,
            contextSeconds = context,
            objectivitySeconds = objectivity,
            performanceSeconds = performance,
            lowResultsSeconds = lowResults,
            resilienceSeconds = resilience,
            publishSeconds = publish,
            firstStage = new
            {
                procedures = firstStage.Keys.Select(k => k.Design.Code).ToArray(),
                works = firstStage.Keys.Sum(k => (long)k.Count),
                seconds = firstStageSeconds,
                agreement = firstStage.Agreement(agreementProcedure),
            },
            model = new
            {
                rows = rows.Count,
                groups = fit.Groups,
                columns = rows.Columns,
                seconds = modelSeconds,
                fixedEffects = fit.FixedEffects.ToDictionary(f => f.Name, f => f.Estimate),
                tau2 = fit.BetweenGroupVariance,
                sigma2 = fit.ResidualVariance,
                // The rebuilt rows must give the system's own level model.
                systemFixedEffects = system.FixedEffects.ToDictionary(f => f.Name, f => f.Estimate),
                systemTau2 = system.BetweenSchoolVariance,
                systemSigma2 = system.ResidualVariance,
                systemWorks = system.Works,
            },
        });
        return 0;
    }

    /// <summary>
    /// <see cref="SchoolAnalysisPublisher.PublishAsync"/> (load, analyse, store the run) once, on a copy of the SQLite
    /// file so the benchmark's database keeps no run; null for another database.
    /// </summary>
    private static async Task<double?> PublishOnCopyAsync(string connectionString, int year)
    {
        await using (var db = OrientirDatabase.CreateContext(connectionString))
        {
            if (db.Provider != DatabaseProvider.Sqlite) return null;
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var copy = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source))!, "publish-copy.db");
        File.Copy(source, copy, true);
        try
        {
            await using var db = OrientirDatabase.CreateContext($"Data Source={copy}");
            return await Timing.BestAsync(1, () => new SchoolAnalysisPublisher(db).PublishAsync(year, "bench"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" }) File.Delete(file);
        }
    }
}

/// <summary>
/// The first stage of the ШНОР composite (LowResults/KeyResults.cs) over the year's key procedures: per school with
/// enough works the share of fails, the mean percent of the maximum, and their z over the region's schools.
/// </summary>
internal sealed class LowResultsFirstStage
{
    private readonly LowResultsSettings _settings;
    private readonly List<(ProcedureWorks Works, KeyProcedure Key)> _keys = [];
    private readonly Dictionary<int, int> _schoolIndex = [];
    private readonly IReadOnlyList<SchoolProfile> _schools;

    public LowResultsFirstStage(SchoolAnalysisInput input, int year, LowResultsSettings settings)
    {
        _settings = settings;
        _schools = input.Schools;
        for (var s = 0; s < _schools.Count; s++) _schoolIndex[_schools[s].SchoolId] = s;
        foreach (var works in input.Procedures)
        {
            var design = works.Design;
            if (design.Year != year) continue;
            var key = settings.KeyProcedures.FirstOrDefault(k => k.Kind == design.Kind && k.Grade == design.Grade
                && string.Equals(k.Subject, design.Subject, StringComparison.OrdinalIgnoreCase));
            if (key is not null && key.Weight > 0) _keys.Add((works, key));
        }
    }

    public IReadOnlyList<ProcedureWorks> Keys => _keys.Select(k => k.Works).ToList();

    public List<KeyResults> Compute()
    {
        var results = new List<KeyResults>(_keys.Count);
        foreach (var (works, key) in _keys)
            results.Add(KeyResults.Of(works, key.Weight, _settings.IndependentKinds.Contains(works.Design.Kind), _schoolIndex,
                _settings.MinimumParticipants, _settings.FailShareLogit));
        return results;
    }

    /// <summary>Per school code: participants, fail share, mean percent, z of the fail measure, z of the mean (null: not computed).</summary>
    public object Agreement(string procedure)
    {
        var key = Compute().SingleOrDefault(k => k.Design.Code == procedure)
                  ?? throw new InvalidOperationException($"{procedure} is not a key procedure of the year.");
        var schools = new Dictionary<string, double?[]>();
        for (var s = 0; s < _schools.Count; s++)
        {
            if (key.Participants[s] == 0) continue;
            schools[_schools[s].Code] = [key.Participants[s], Value(key.FailShare[s]), Value(key.MeanPercent[s]), Value(key.FailZ[s]), Value(key.MeanZ[s])];
        }
        return new { procedure, failShareLogit = _settings.FailShareLogit, minimumParticipants = _settings.MinimumParticipants, schools };
    }

    private static double? Value(double value) => double.IsNaN(value) ? null : value;
}
