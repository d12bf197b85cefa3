using System.Globalization;
using Orientir.Data.Import.Adapters;
using Orientir.Data.Results.Subjects;
using Orientir.Domain.Results;
using Sylvan.Data.Csv;

namespace Orientir.Data.Tests.Import.EgeBySchool;

/// <summary>One school and subject of the tidy CSV that ships beside the workbooks (read independently of them).</summary>
internal sealed record TidyRow(string Region, int Year, string Municipality, string School, string SubjectName, string Subject,
    int Participants, int BelowMinimum, int Score80To99, int Score100, double? Mean)
{
    /// <summary>The school as the importer matches it: names compared by <see cref="ExportContext.NameKey"/>.</summary>
    public (int, string, string, string) Key => (Year, Subject, ExportContext.NameKey(Municipality), ExportContext.NameKey(School));
}

internal static class TidyResults
{
    public const string Jao = "Еврейская автономная область";
    public const string Zabaykalsky = "Забайкальский край";

    /// <summary>The school rows (not the municipality and region totals) of one region.</summary>
    public static List<TidyRow> SchoolRows(string region)
    {
        var subjects = DefaultSubjectSynonyms.Read()
            .ToDictionary(s => SubjectSynonym.Normalize(s.Name), s => s.Subject, StringComparer.Ordinal);
        var rows = new List<TidyRow>();
        using var csv = CsvDataReader.Create(RealWorkbooks.PathOf(RealWorkbooks.TidyCsv));
        while (csv.Read())
        {
            if (csv.GetString(csv.GetOrdinal("region")) != region || csv.GetString(csv.GetOrdinal("level")) != "school") continue;
            var subject = csv.GetString(csv.GetOrdinal("subject"));
            rows.Add(new TidyRow(region, int.Parse(csv.GetString(csv.GetOrdinal("year")), CultureInfo.InvariantCulture),
                csv.GetString(csv.GetOrdinal("municipality")), csv.GetString(csv.GetOrdinal("school")), subject,
                subjects[SubjectSynonym.Normalize(subject)],
                Count(csv, "participants"), Count(csv, "below_min"), Count(csv, "score_80_99"), Count(csv, "score_100"),
                csv.GetString(csv.GetOrdinal("mean_score")) is { Length: > 0 } mean ? double.Parse(mean, CultureInfo.InvariantCulture) : null));
        }
        return rows;
    }

    /// <summary>Blank counts mean 0 (the README of ru_ege_dfo).</summary>
    private static int Count(CsvDataReader csv, string column) =>
        csv.GetString(csv.GetOrdinal(column)) is { Length: > 0 } text ? (int)double.Parse(text, CultureInfo.InvariantCulture) : 0;
}
