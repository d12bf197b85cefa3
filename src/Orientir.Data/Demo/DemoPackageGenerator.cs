namespace Orientir.Data.Demo;

/// <summary>What to generate: a seed makes the package deterministic.</summary>
public sealed record DemoOptions(int Seed = 1, int Schools = 300, IReadOnlyList<int>? Years = null)
{
    public IReadOnlyList<int> YearsOrDefault => Years is { Count: > 0 } ? Years : [2023, 2024, 2025];
}

/// <summary>Row counts of a generated package (what `orientir db stats` must show after importing it).</summary>
public sealed record DemoSummary(int Municipalities, int Schools, int Procedures, int Tasks, long Works);

/// <summary>Writes a synthetic region as a data package in the format of docs/formats.md, plus truth.csv beside it.</summary>
public static class DemoPackageGenerator
{
    public static DemoSummary Generate(string outputDirectory, DemoOptions options, IProgress<string>? progress = null) =>
        throw new NotImplementedException("Contract: filled in by the demo generator work.");
}
