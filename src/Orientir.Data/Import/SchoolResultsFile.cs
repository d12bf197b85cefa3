using System.Globalization;

namespace Orientir.Data.Import;

/// <summary>One checked row of school_results.csv: a school's aggregated results in one procedure.</summary>
internal sealed record SchoolResultRow(int Line, string ProcedureCode, string SchoolCode, int Participants,
    double? Mark2Share, double? Mark3Share, double? Mark4Share, double? Mark5Share,
    int? BelowMinimum, int? Score80To99, int? Score100, double? MeanScore, double? MeanMark);

/// <summary>
/// Reads school_results.csv (docs/formats.md), checking every row: the procedure and the school exist, the counts fit
/// in the participants, the shares make 100 %, the means lie on their scales, and a school appears once per procedure.
/// </summary>
internal static class SchoolResultsFile
{
    /// <summary>How far four shares rounded by a form may miss 100 %.</summary>
    private const double ShareSumTolerance = 1;
    private const double LowestMark = 2;
    private const double HighestMark = 5;

    private static readonly string[] Required = ["procedure_code", "school_code", "participants"];
    private static readonly string[] Shares = ["mark2_share", "mark3_share", "mark4_share", "mark5_share"];

    /// <param name="meanScoreMax">The largest mean score of a procedure (ЕГЭ: 100 test points, else its maximum),
    /// null when the procedure exists neither in the package nor in the database.</param>
    public static List<SchoolResultRow> Read(PackageFile file, FileErrors errors, List<ImportError> warnings,
        Func<string, int?> meanScoreMax, Func<string, bool> schoolExists)
    {
        var rows = new List<SchoolResultRow>();
        using var table = CsvTable.Open(file, errors);
        if (table is null) return rows;
        table.WarnUnknownColumns(Adapters.PackageDraft.SchoolResultsColumns, warnings);
        if (!table.RequireColumns(Required)) return rows;
        int procedure = table.Ordinal("procedure_code"), school = table.Ordinal("school_code"),
            participants = table.Ordinal("participants"), belowMin = table.Ordinal("below_min"),
            score80 = table.Ordinal("score_80_99"), score100 = table.Ordinal("score_100"),
            meanScore = table.Ordinal("mean_score"), meanMark = table.Ordinal("mean_mark");
        var shares = Shares.Select(table.Ordinal).ToArray();
        var seen = new Dictionary<(string, string), int>();
        while (table.Read())
        {
            file.Rows++;
            var before = errors.Count;
            var p = table.Required(procedure, 64);
            var max = p is null ? null : meanScoreMax(p);
            if (p is not null && max is null)
                errors.Add(table.Line, table.Header(procedure), ImportCodes.UnknownProcedure,
                    $"процедура «{p}» не найдена ни в procedures.csv, ни в базе");
            var s = table.Required(school, 64);
            if (s is not null && !schoolExists(s))
                errors.Add(table.Line, table.Header(school), ImportCodes.UnknownSchool,
                    $"школа «{s}» не найдена ни в schools.csv, ни в базе");
            if (p is not null && s is not null && !seen.TryAdd((p, s), table.Line))
                errors.Add(table.Line, table.Header(school), ImportCodes.DuplicateSchoolResult,
                    $"школа «{s}» в процедуре «{p}» повторяется (уже была в строке {seen[(p, s)]})");

            var n = table.Int(participants, required: true, out _);
            if (n < 0)
                errors.Add(table.Line, table.Header(participants), ImportCodes.NegativeParticipants,
                    $"число участников не может быть отрицательным ({n})");
            var markShares = shares.Select(ordinal => Share(table, ordinal)).ToArray();
            if (markShares.All(v => v is not null) && Math.Abs(markShares.Sum(v => v!.Value) - 100) > ShareSumTolerance)
                errors.Add(table.Line, table.Header(shares[0]), ImportCodes.SharesNotAddingUp,
                    $"доли отметок 2–5 в сумме дают {Format(markShares.Sum(v => v!.Value))} %, а не 100 % (± {Format(ShareSumTolerance)})");
            var below = Count(table, belowMin, n);
            var high = Count(table, score80, n);
            var top = Count(table, score100, n);
            if (high is not null && top is not null && n is >= 0 && high + top > n)
                errors.Add(table.Line, table.Header(score100), ImportCodes.CountAboveParticipants,
                    $"высокобалльников 80–99 ({high}) и стобалльников ({top}) вместе больше, чем участников ({n})");
            var mean = table.Double(meanScore, out _);
            if (mean is not null && max is not null && (mean < 0 || mean > max))
                errors.Add(table.Line, table.Header(meanScore), ImportCodes.MeanOutOfRange,
                    $"средний балл {Format(mean.Value)} вне шкалы процедуры 0–{max}");
            var mark = table.Double(meanMark, out _);
            if (mark is < LowestMark or > HighestMark)
                errors.Add(table.Line, table.Header(meanMark), ImportCodes.MeanOutOfRange,
                    $"средняя отметка {Format(mark.Value)} вне диапазона 2–5");

            if (errors.Count > before || p is null || s is null || n is null) continue;
            rows.Add(new SchoolResultRow(table.Line, p, s, n.Value, markShares[0], markShares[1], markShares[2], markShares[3],
                below, high, top, mean, mark));
        }
        return rows;
    }

    private static double? Share(CsvTable table, int ordinal)
    {
        var share = table.Double(ordinal, out _);
        if (share is >= 0 and <= 100 or null) return share;
        table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.ShareOutOfRange,
            $"доля {Format(share.Value)} вне диапазона 0–100 (доли указываются в процентах)");
        return null;
    }

    /// <summary>A count of participants with some result: between 0 and the participants.</summary>
    private static int? Count(CsvTable table, int ordinal, int? participants)
    {
        var count = table.Int(ordinal, required: false, out _);
        if (count is null) return null;
        if (count < 0 || (participants is >= 0 && count > participants))
        {
            table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.CountAboveParticipants,
                count < 0 ? $"число не может быть отрицательным ({count})" : $"{count} больше, чем участников ({participants})");
            return null;
        }
        return count;
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
}
