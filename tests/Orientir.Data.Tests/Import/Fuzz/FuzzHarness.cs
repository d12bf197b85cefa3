using System.Reflection;
using System.Text;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>
/// Runs fuzz cases: a seed written afresh, one mutation of its target file, an import through the seed's entry
/// point, and the property every import must keep. Each case's random numbers come from the seed's name and the
/// case's number only, so a failing case is reproduced by its line in the failure message
/// (<c>ORIENTIR_FUZZ_CASE="schools.csv#17"</c> runs that one case).
/// </summary>
internal sealed class FuzzHarness(TestDatabase database)
{
    public const string CaseVariable = "ORIENTIR_FUZZ_CASE";
    /// <summary>A case slower than this is a hang: the import is cancelled and the case fails.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private static readonly HashSet<string> KnownCodes = typeof(ImportCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    static FuzzHarness() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public List<string> Failures { get; } = [];
    public List<string> Skipped { get; } = [];
    public int Cases { get; private set; }
    public int Accepted { get; private set; }
    /// <summary>How often each error code answered a case: what the run exercised, printed with the result.</summary>
    public SortedDictionary<string, int> Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>The database every run starts from: the valid package imported once.</summary>
    public async Task ImportBaselineAsync()
    {
        var folder = Directory.CreateTempSubdirectory("orientir-fuzz-").FullName;
        try
        {
            FuzzSeeds.Packages.Standard(folder);
            ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(folder, "fuzz"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public async Task RunAsync(IEnumerable<FuzzSeed> seeds, int casesPerSeed)
    {
        foreach (var (seed, index) in Selected(seeds, casesPerSeed, Skipped))
            await RunCaseAsync(seed, index);
    }

    /// <summary>
    /// Every case of every seed, or only the one <see cref="CaseVariable"/> names (at any number, so that a failure
    /// of a longer run is reproduced by a short one). A seed whose source is absent is listed in <paramref name="skipped"/>.
    /// </summary>
    public static IEnumerable<(FuzzSeed Seed, int Index)> Selected(IEnumerable<FuzzSeed> seeds, int casesPerSeed, List<string> skipped)
    {
        var only = Environment.GetEnvironmentVariable(CaseVariable);
        foreach (var seed in seeds)
        {
            if (seed.MissingReason is { } reason)
            {
                skipped.Add($"{seed.Name}: {reason}");
                continue;
            }
            if (only is not { Length: > 0 })
            {
                for (var index = 0; index < casesPerSeed; index++) yield return (seed, index);
            }
            else if (only.StartsWith(seed.Name + "#", StringComparison.Ordinal)
                     && int.TryParse(only.AsSpan(seed.Name.Length + 1), out var chosen))
            {
                yield return (seed, chosen);
            }
        }
    }

    private async Task RunCaseAsync(FuzzSeed seed, int index)
    {
        var folder = Directory.CreateTempSubdirectory("orientir-fuzz-").FullName;
        try
        {
            var (file, label) = WriteCase(seed, index, folder);
            Cases++;
            await CheckAsync(seed.Entry, file.ImportPath, label);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
    }

    /// <summary>Writes case <paramref name="index"/> of the seed into the folder; the label reproduces it.</summary>
    public static (SeedFile File, string Label) WriteCase(FuzzSeed seed, int index, string folder)
    {
        var name = $"{seed.Name}#{index}";
        var file = seed.Build(folder) ?? throw new InvalidOperationException($"seed {seed.Name} could not be built");
        var random = new Random(StableHash(name));
        var mutated = Mutate(seed, file, random, out var mutation);
        File.WriteAllBytes(file.TargetPath, mutated.Bytes);
        return (file, $"{name} [{CaseVariable}=\"{name}\"]: {mutation} ({mutated.Detail})");
    }

    private static Mutated Mutate(FuzzSeed seed, SeedFile file, Random random, out string mutation)
    {
        var input = new FuzzInput(File.ReadAllBytes(file.TargetPath), file.Rows);
        List<Mutation> all = [.. CsvMutations.All, .. ByteMutations.All];
        if (seed.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) all.Add(ByteMutations.ZipOfGarbage);
        while (true)
        {
            var pick = all[random.Next(all.Count)];
            if (pick.Apply(input, random) is not { } mutated) continue;
            mutation = pick.Name;
            return mutated;
        }
    }

    private async Task CheckAsync(EntryPoint entry, string path, string label)
    {
        var before = await DatabaseState.OfAsync(database);
        ImportOutcome outcome;
        try
        {
            outcome = await ImportGuardedAsync(entry, path);
        }
        catch (Exception e)
        {
            Failures.Add($"{label}: {(e is TimeoutException ? "hang" : "threw")} {e.GetType().Name}: {e.Message}");
            return;
        }
        foreach (var code in outcome.Errors.Select(e => e.Code).Distinct()) Codes[code] = Codes.GetValueOrDefault(code) + 1;
        var problems = Problems(outcome).ToList();
        if (!outcome.Succeeded)
        {
            if (await DatabaseState.OfAsync(database) is var after && after != before)
                problems.Add($"rejected, yet the database changed: {before} → {after}");
        }
        else
        {
            Accepted++;
            var stored = await DatabaseState.OfAsync(database);
            var again = await ImportGuardedAsync(entry, path);
            if (!again.ChangedNothing)
                problems.Add("accepted, yet a second import of the same input did not change nothing: " +
                             string.Join("; ", again.Errors.Concat<object>(again.Files.Where(f => f.Status != FileImportStatus.Unchanged))));
            if (await DatabaseState.OfAsync(database) is var after && after != stored)
                problems.Add($"the second import changed the database: {stored} → {after}");
        }
        if (problems.Count > 0) Failures.Add($"{label}: {string.Join("; ", problems)}");
    }

    private async Task<ImportOutcome> ImportGuardedAsync(EntryPoint entry, string path)
    {
        using var hang = new CancellationTokenSource(HangGuard);
        var import = entry switch
        {
            EntryPoint.PackageFolder => new PackageImporter(database.ConnectionString).ImportDirectoryAsync(path, "fuzz", null, hang.Token),
            EntryPoint.PackageZip => ImportZipAsync(path, hang.Token),
            _ => new ExportImporter(database.ConnectionString).ImportPathAsync(path, "fuzz", null, hang.Token),
        };
        // An import that ignores its token is still a hang, not a wait forever.
        return await import.WaitAsync(HangGuard * 2);
    }

    private async Task<ImportOutcome> ImportZipAsync(string path, CancellationToken cancellationToken)
    {
        await using var zip = File.OpenRead(path);
        return await new PackageImporter(database.ConnectionString).ImportZipAsync(zip, Path.GetFileName(path), "fuzz", null, cancellationToken);
    }

    /// <summary>What makes an error unclear: an unknown code, no file, a message that is no Russian sentence.</summary>
    private static IEnumerable<string> Problems(ImportOutcome outcome)
    {
        foreach (var error in outcome.Errors.Concat(outcome.Warnings))
        {
            if (!KnownCodes.Contains(error.Code)) yield return $"unknown code {error.Code}: {error}";
            if (string.IsNullOrWhiteSpace(error.File)) yield return $"no file named: {error}";
            if (!error.Message.Any(c => c is >= 'а' and <= 'я')) yield return $"message not in Russian: {error}";
            if (error.Message.Contains("Exception", StringComparison.Ordinal) || error.Message.Contains("   at ", StringComparison.Ordinal))
                yield return $"stack trace or exception in the message: {error}";
            if (error.ToString().Length > MaxMessage) yield return $"message of {error.ToString().Length} characters: {error.ToString()[..200]}…";
        }
    }

    /// <summary>A message quotes a cell, never a 10 MB one.</summary>
    public const int MaxMessage = 1000;

    /// <summary>FNV-1a: string.GetHashCode differs from run to run, a reproducible case must not.</summary>
    public static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7fffffff);
    }
}
