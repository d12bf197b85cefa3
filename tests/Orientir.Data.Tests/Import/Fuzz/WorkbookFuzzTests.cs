using Orientir.Data.Import.Adapters;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>
/// The workbook reader every adapter uses, fed damaged .xlsx files: it reads them or refuses them with
/// <see cref="InvalidDataException"/> (which the importer turns into IMP010), nothing else escapes.
/// </summary>
public class WorkbookFuzzTests(ITestOutputHelper output)
{
    private const int CasesPerSeed = 40;

    [Fact]
    public void Damaged_workbooks_are_read_or_refused_as_invalid_data()
    {
        var failures = new List<string>();
        var cases = 0;
        var skipped = new List<string>();
        var workbooks = FuzzSeeds.All.Where(s => s.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));
        foreach (var (seed, index) in FuzzHarness.Selected(workbooks, CasesPerSeed, skipped))
        {
            var folder = Directory.CreateTempSubdirectory("orientir-fuzz-").FullName;
            try
            {
                var (file, label) = FuzzHarness.WriteCase(seed, index, folder);
                cases++;
                if (ReadAll(file.TargetPath) is { } failure) failures.Add($"{label}: {failure}");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        foreach (var seed in skipped) output.WriteLine("skipped seed " + seed);
        output.WriteLine($"{cases} cases, {failures.Count} failed");
        Assert.True(cases > 0, "no case ran");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    /// <summary>Null when the workbook was read or refused as it should be, else what went wrong.</summary>
    private static string? ReadAll(string path)
    {
        var read = Task.Run(() =>
        {
            try
            {
                foreach (var sheet in WorkbookRows.SheetNames(path))
                    foreach (var _ in WorkbookRows.Read(path, sheet)) { }
                return null;
            }
            catch (InvalidDataException)
            {
                return null;
            }
            catch (Exception e)
            {
                return $"threw {e.GetType().Name}: {e.Message}";
            }
        });
        return read.Wait(TimeSpan.FromSeconds(30)) ? read.Result : "hang: still reading after 30 s";
    }
}
