using System.Globalization;
using Orientir.Data.Demo;
using Sylvan.Data.Csv;

namespace Orientir.Data.Tests.Demo;

/// <summary>A CSV file of a generated package, read with an RFC 4180 reader (so quoting mistakes show).</summary>
public sealed class CsvTable
{
    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }
    public List<string[]> Rows { get; }

    public int Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        Assert.True(index >= 0, $"No column {name} in {string.Join(';', Header)}");
        return index;
    }

    public IEnumerable<string> Values(string column)
    {
        var index = Column(column);
        return Rows.Select(r => r[index]);
    }

    public static CsvTable Read(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Delimiter = ';' });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            Assert.Equal(header.Length, reader.RowFieldCount);
            rows.Add(Enumerable.Range(0, header.Length).Select(reader.GetString).ToArray());
        }
        return new CsvTable(header, rows);
    }
}

/// <summary>The test classes that read the one generated package.</summary>
[CollectionDefinition(Name)]
public sealed class DemoPackageCollection : ICollectionFixture<DemoPackage>
{
    public const string Name = "Demo package";
}

/// <summary>One generated package (40 schools, three years), generated and read once for all the tests that read it.</summary>
public sealed class DemoPackage : IDisposable
{
    public const int SchoolCount = 40;

    public DemoPackage()
    {
        Directory = Path.Combine(Path.GetTempPath(), "orientir-demo-" + Guid.NewGuid().ToString("N"));
        Summary = DemoPackageGenerator.Generate(Directory, new DemoOptions(Seed: 7, Schools: SchoolCount, Years: [2023, 2024, 2025]));
        Municipalities = CsvTable.Read(Path.Combine(Directory, "municipalities.csv"));
        Schools = CsvTable.Read(Path.Combine(Directory, "schools.csv"));
        Procedures = CsvTable.Read(Path.Combine(Directory, "procedures.csv"));
        Tasks = CsvTable.Read(Path.Combine(Directory, "tasks.csv"));
        Truth = CsvTable.Read(Path.Combine(Directory, "truth.csv"));
        Results = Procedures.Values("code").ToDictionary(code => code, code => CsvTable.Read(Path.Combine(Directory, "results", code + ".csv")));
    }

    public string Directory { get; }
    public DemoSummary Summary { get; }
    public CsvTable Municipalities { get; }
    public CsvTable Schools { get; }
    public CsvTable Procedures { get; }
    public CsvTable Tasks { get; }
    public CsvTable Truth { get; }
    public IReadOnlyDictionary<string, CsvTable> Results { get; }

    public HashSet<string> SchoolsWith(string fact) =>
        Truth.Rows.Where(r => r[1] == fact).Select(r => r[0]).ToHashSet();

    public IEnumerable<(string Code, CsvTable Table)> ResultsOf(string kind) =>
        Results.Where(r => r.Key.StartsWith(kind + "-", StringComparison.Ordinal)).Select(r => (r.Key, r.Value));

    public List<(string Task, int Max, string Level)> TasksOf(string procedure) =>
        Tasks.Rows.Where(r => r[0] == procedure).Select(r => (r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3])).ToList();

    public (int Mark3, int Mark4, int Mark5) ThresholdsOf(string procedure)
    {
        var row = Procedures.Rows.Single(r => r[0] == procedure);
        var parts = row[Procedures.Column("mark_thresholds")].Split(';').Select(p => int.Parse(p.Split(':')[1], CultureInfo.InvariantCulture)).ToArray();
        return (parts[0], parts[1], parts[2]);
    }

    /// <summary>A task cell's points: <c>X</c> and empty are a task not done, 0 points.</summary>
    public static int Points(string cell) => cell is "" or "X" ? 0 : int.Parse(cell, NumberStyles.None, CultureInfo.InvariantCulture);

    public static double Share(string cell) => double.Parse(cell.Replace(',', '.'), CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
