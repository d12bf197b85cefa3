namespace Orientir.Data.Import.Adapters;

/// <summary>
/// Translates one kind of real export (a ФИС ОКО workbook, a РЦОИ protocol, a per-school form) into a
/// <see cref="PackageDraft"/>. An adapter checks everything the export itself can tell (its layout, every value) and
/// reports it with the sheet, row and column; what needs the database (a procedure whose stored tasks differ, …) it
/// learns from <see cref="ExportContext"/>. The package check then runs on the draft as on any package.
/// </summary>
public interface IExportAdapter
{
    /// <summary>The export's Russian name for messages, e.g. «ФИС ОКО: индивидуальные результаты».</summary>
    string Title { get; }

    /// <summary>Whether the file looks like this adapter's export (a cheap look at its first rows).</summary>
    bool Recognizes(ExportFile file);

    /// <summary>Reads the whole export into the draft, reporting problems to the context. Streams: never holds the file.</summary>
    void Translate(ExportFile file, ExportContext context, CancellationToken cancellationToken);
}

/// <summary>The uploaded or named export: its path on disk and the name the user knows it by.</summary>
public sealed record ExportFile(string Path, string Name)
{
    public bool IsWorkbook => Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
    public bool IsCsv => Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The adapters the importer tries, in order; the first that recognizes a file translates it.</summary>
public static class ExportAdapters
{
    public static IReadOnlyList<IExportAdapter> All { get; } =
    [
        // The most specific layouts first: a РЦОИ protocol also has a participant column, which is all the ФИС ОКО
        // individual-results workbook needs to be recognized.
        new Rcoi.RcoiProtocolAdapter(),
        new EgeBySchool.EgeBySchoolAdapter(),
        new FisOkoStatistics.FisOkoStatisticsAdapter(),
        new FisOko.FisOkoResultsAdapter(),
    ];
}
