using System.Text;

namespace Orientir.Data.Tests.Reports;

/// <summary>Rules files written into a temporary folder of their own.</summary>
public sealed class RulesFiles : IDisposable
{
    public const string Header = "code;level;fact;comparison;threshold;limit;priority;template;active";

    private readonly string _directory = Directory.CreateTempSubdirectory("orientir-rules-").FullName;

    public string Write(string text, string name = "rules.csv", Encoding? encoding = null)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
