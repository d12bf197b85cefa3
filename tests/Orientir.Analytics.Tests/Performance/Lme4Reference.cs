using System.Globalization;
using System.Runtime.CompilerServices;
using Orientir.Analytics.Performance;

namespace Orientir.Analytics.Tests.Performance;

/// <summary>
/// A fixture data set (Fixtures/NAME.csv: school, y, covariates) and what lme4 fitted to it (Fixtures/NAME.lme4.csv,
/// written by scripts/lme4-reference/fit.R), read without R.
/// </summary>
internal sealed class Lme4Reference
{
    private readonly Dictionary<(string Fit, string Quantity, string Key), double> _values;

    private Lme4Reference(GroupedData data, IReadOnlyList<string> schools, Dictionary<(string, string, string), double> values)
    {
        Data = data;
        Schools = schools;
        _values = values;
    }

    public GroupedData Data { get; }
    public IReadOnlyList<string> Schools { get; }

    public double Value(VarianceEstimation fit, string quantity, string key = "") =>
        _values[(fit == VarianceEstimation.Reml ? "REML" : "ML", quantity, key)];

    public static Lme4Reference Load(string name)
    {
        var folder = Path.Combine(SourceFolder(), "Fixtures");
        var lines = File.ReadAllLines(Path.Combine(folder, name + ".csv"));
        var header = lines[0].Split(',');
        var covariates = header[2..];
        var rows = lines[1..].Select(l => l.Split(',')).ToArray();
        var schools = rows.Select(r => r[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = schools.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var data = new GroupedData(["(Intercept)", .. covariates], schools.Length);
        var x = new double[covariates.Length + 1];
        foreach (var row in rows)
        {
            x[0] = 1;
            for (var c = 0; c < covariates.Length; c++) x[c + 1] = Parse(row[c + 2]);
            data.Add(index[row[0]], x, Parse(row[1]));
        }
        var values = File.ReadLines(Path.Combine(folder, name + ".lme4.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => (f[0], f[1], f[2]), f => Parse(f[3]));
        return new Lme4Reference(data, schools, values);
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
