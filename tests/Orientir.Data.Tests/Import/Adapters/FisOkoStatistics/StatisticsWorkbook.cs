using MiniExcelLibs;
using Orientir.Data.Import.Adapters;
using Orientir.Data.Results.Subjects;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Data.Tests.Import.Adapters.FisOkoStatistics;

/// <summary>
/// Workbooks in the layout of the ФИС ОКО form «Статистика по отметкам», written by the tests with MiniExcel, and the
/// draft an adapter translates them into (a temporary folder, a registry and procedures the test gives).
/// </summary>
public sealed class StatisticsWorkbook : IDisposable
{
    public static readonly object?[] Header = ["Код МСУ", "Муниципалитет", "Код ОО", "Название ОО", "Кол-во участников", "2", "3", "4", "5"];

    private readonly string _directory = Directory.CreateTempSubdirectory("orientir-statistics-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A workbook of the given sheets, each a list of rows (cells: text or numbers; null = empty).</summary>
    public ExportFile Write(string name, params (string Sheet, object?[][] Rows)[] sheets)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".xlsx");
        var workbook = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets)
        {
            var width = rows.Max(r => r.Length);
            workbook[sheet] = rows.Select(row => Enumerable.Range(0, width)
                .ToDictionary(i => "C" + i, i => i < row.Length ? row[i] : null)).ToList();
        }
        MiniExcel.SaveAs(path, workbook, printHeader: false);
        return new ExportFile(path, name);
    }

    /// <summary>Translates the file into a draft; the registry holds municipality 26-01 with school sch260101.</summary>
    public Translation Translate(IExportAdapter adapter, ExportFile file, params KnownProcedure[] procedures)
    {
        var folder = Directory.CreateTempSubdirectory("orientir-draft-").FullName;
        using var draft = new PackageDraft(folder);
        var subjects = new SubjectNames(DefaultSubjectSynonyms.Read()
            .ToDictionary(p => SubjectSynonym.Normalize(p.Name), p => p.Subject, StringComparer.Ordinal));
        var context = new ExportContext(file, draft, subjects, [new Municipality("26-01", "Шпаковский муниципальный округ", 1)],
            [("sch260101", "26-01", "МБОУ СОШ № 1")], procedures.ToDictionary(p => p.Code, StringComparer.Ordinal));
        adapter.Translate(file, context, CancellationToken.None);
        context.ReportCreatedSchools();
        draft.Complete();
        var translation = new Translation(folder, context.Errors.Select(e => e.ToString()).ToList(),
            context.Warnings.Select(e => e.ToString()).ToList());
        Directory.Delete(folder, recursive: true);
        return translation;
    }
}

/// <summary>What a translation drafted (each package file's lines, header first) and reported.</summary>
public sealed class Translation
{
    private readonly Dictionary<string, string[]> _files = new(StringComparer.Ordinal);

    public Translation(string folder, IReadOnlyList<string> errors, IReadOnlyList<string> warnings)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories))
            _files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllLines(path);
        Errors = errors;
        Warnings = warnings;
    }

    public IReadOnlyList<string> Errors { get; }
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The data lines of a drafted file; none when the draft did not write it.</summary>
    public string[] Lines(string file) => _files.TryGetValue(file, out var lines) ? lines[1..] : [];

    public bool Wrote(string file) => _files.ContainsKey(file);
}
