using System.Globalization;
using System.Text;

namespace Orientir.Data.Import.Adapters;

/// <summary>Where a line of a drafted package came from: a sheet (null for a CSV source) and its 1-based row.</summary>
public readonly record struct SourcePlace(string? Sheet, int Row);

/// <summary>
/// A data package (docs/formats.md) that an adapter writes while it reads an export, row by row, so that a
/// translated export goes through the same checks and the same store as a package the analyst assembled. Every line
/// remembers its place in the export, so that an error the package check finds names the export's sheet and row.
/// </summary>
public sealed class PackageDraft : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, DraftFile> _files = new(StringComparer.Ordinal);

    public PackageDraft(string directory)
    {
        Directory = directory;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, PackageLayout.ResultsFolder));
    }

    public string Directory { get; }

    public void AddMunicipality(SourcePlace place, string code, string name) =>
        File("municipalities.csv", ["code", "name"]).Write(place, code, name);

    /// <summary>A school the export names but the registry lacks; its type and locality are the export's or defaults.</summary>
    public void AddSchool(SourcePlace place, string code, string municipalityCode, string name, string type = "general",
        string locality = "urban") =>
        File("schools.csv", ["code", "municipality_code", "name", "type", "locality"])
            .Write(place, code, municipalityCode, name, type, locality);

    public void AddProcedure(SourcePlace place, string code, string kind, string subject, int grade, int year, int maxScore,
        string? markThresholds = null, int? minScore = null) =>
        File("procedures.csv", ["code", "kind", "subject", "grade", "year", "max_score", "mark_thresholds", "min_score"])
            .Write(place, code, kind, subject, Text(grade), Text(year), Text(maxScore), markThresholds, Text(minScore));

    /// <param name="level">B, P or V.</param>
    public void AddTask(SourcePlace place, string procedureCode, string task, int maxScore, string level, string? skills = null) =>
        File("tasks.csv", ["procedure_code", "task", "max_score", "level", "skills"])
            .Write(place, procedureCode, task, Text(maxScore), level, skills);

    /// <summary>Opens <c>results/&lt;code&gt;.csv</c> with the standard columns followed by one column per task.</summary>
    public ResultsDraft Results(string procedureCode, IReadOnlyList<string> taskLabels)
    {
        string[] header = [.. ResultsDraft.Standard, .. taskLabels];
        return new ResultsDraft(File($"{PackageLayout.ResultsFolder}/{procedureCode}.csv", header), taskLabels.Count);
    }

    /// <summary>A per-school aggregate row of <c>school_results.csv</c>; shares are percent, 0–100.</summary>
    public void AddSchoolResult(SourcePlace place, string procedureCode, string schoolCode, int participants,
        double? mark2Share = null, double? mark3Share = null, double? mark4Share = null, double? mark5Share = null,
        int? belowMinimum = null, int? score80To99 = null, int? score100 = null, double? meanScore = null, double? meanMark = null) =>
        File(SchoolResultsFile, SchoolResultsColumns).Write(place, procedureCode, schoolCode, Text(participants),
            Text(mark2Share), Text(mark3Share), Text(mark4Share), Text(mark5Share),
            Text(belowMinimum), Text(score80To99), Text(score100), Text(meanScore), Text(meanMark));

    public const string SchoolResultsFile = "school_results.csv";

    public static readonly string[] SchoolResultsColumns =
    [
        "procedure_code", "school_code", "participants", "mark2_share", "mark3_share", "mark4_share", "mark5_share",
        "below_min", "score_80_99", "score_100", "mean_score", "mean_mark",
    ];

    /// <summary>The export's place of a line of a drafted file (1-based, the header is line 1), if the draft wrote it.</summary>
    public SourcePlace? PlaceOf(string file, int line) =>
        _files.TryGetValue(file, out var draft) && line >= 2 && line - 2 < draft.Places.Count ? draft.Places[line - 2] : null;

    /// <summary>Writes everything out; the draft is then a package folder the importer reads.</summary>
    public void Complete()
    {
        foreach (var file in _files.Values) file.Dispose();
    }

    public void Dispose() => Complete();

    internal static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    internal static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private DraftFile File(string name, string[] header)
    {
        if (_files.TryGetValue(name, out var file)) return file;
        var path = Path.Combine(Directory, name.Replace('/', Path.DirectorySeparatorChar));
        file = new DraftFile(new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16), header);
        _files[name] = file;
        return file;
    }

    internal sealed class DraftFile : IDisposable
    {
        private readonly StreamWriter _writer;
        private bool _closed;

        public DraftFile(StreamWriter writer, string[] header)
        {
            _writer = writer;
            WriteFields(header);
        }

        public List<SourcePlace> Places { get; } = [];

        public void Write(SourcePlace place, params string?[] fields)
        {
            Places.Add(place);
            WriteFields(fields);
        }

        public void WriteFields(ReadOnlySpan<string?> fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) _writer.Write(';');
                WriteField(fields[i]);
            }
            _writer.Write('\n');
        }

        private void WriteField(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (value.AsSpan().IndexOfAny(";\"\n\r") < 0)
            {
                _writer.Write(value);
                return;
            }
            _writer.Write('"');
            _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }

        public void Dispose()
        {
            if (_closed) return;
            _closed = true;
            _writer.Dispose();
        }
    }
}

/// <summary>One results file of a draft: one row per work, scores as the package writes them (empty = not done).</summary>
public sealed class ResultsDraft
{
    internal static readonly string[] Standard =
        ["school_code", "participant", "student", "class", "variant", "journal_mark", "primary_score", "mark", "test_score"];

    private readonly PackageDraft.DraftFile _file;
    private readonly string?[] _row;

    internal ResultsDraft(PackageDraft.DraftFile file, int tasks)
    {
        _file = file;
        _row = new string?[Standard.Length + tasks];
    }

    /// <param name="scores">One entry per task in header order; null = not done.</param>
    public void Add(SourcePlace place, string schoolCode, string participant, string? classLabel, string? variant,
        int? journalMark, ReadOnlySpan<int?> scores, int? primaryScore, int? mark, int? testScore = null, string? student = null)
    {
        _row[0] = schoolCode;
        _row[1] = participant;
        _row[2] = student;
        _row[3] = classLabel;
        _row[4] = variant;
        _row[5] = PackageDraft.Text(journalMark);
        _row[6] = PackageDraft.Text(primaryScore);
        _row[7] = PackageDraft.Text(mark);
        _row[8] = PackageDraft.Text(testScore);
        for (var i = 0; i < scores.Length; i++) _row[Standard.Length + i] = PackageDraft.Text(scores[i]);
        _file.Places.Add(place);
        _file.WriteFields(_row);
    }
}
