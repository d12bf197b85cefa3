using Orientir.Domain.Registry;

namespace Orientir.Data.Import;

/// <summary>Reads municipalities.csv and schools.csv, checking every row.</summary>
internal static class RegistryFiles
{
    private static readonly string[] PassportColumns =
    [
        "share_both_parents_higher_ed", "share_single_parent", "share_unemployed_parents", "share_low_income",
        "share_non_native_russian", "share_disabilities", "share_registered",
    ];

    public static List<MunicipalityRow> ReadMunicipalities(PackageFile file, FileErrors errors, List<ImportError> warnings,
        HashSet<string> codes)
    {
        var rows = new List<MunicipalityRow>();
        using var table = CsvTable.Open(file, errors);
        if (table is null) return rows;
        table.WarnUnknownColumns(["code", "name"], warnings);
        if (!table.RequireColumns("code", "name")) return rows;
        int code = table.Ordinal("code"), name = table.Ordinal("name");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Read())
        {
            file.Rows++;
            var c = table.Required(code, 64);
            var n = table.Required(name, 300);
            if (c is not null) codes.Add(c);
            if (c is null || n is null || !Unique(table, code, c, seen)) continue;
            rows.Add(new MunicipalityRow(table.Line, c, n));
        }
        return rows;
    }

    public static List<SchoolRow> ReadSchools(PackageFile file, FileErrors errors, List<ImportError> warnings,
        HashSet<string> codes, Func<string, bool> municipalityExists)
    {
        var rows = new List<SchoolRow>();
        using var table = CsvTable.Open(file, errors);
        if (table is null) return rows;
        string[] required = ["code", "municipality_code", "name", "type", "locality"];
        table.WarnUnknownColumns([.. required, "students", .. PassportColumns], warnings);
        if (!table.RequireColumns(required)) return rows;
        int code = table.Ordinal("code"), municipality = table.Ordinal("municipality_code"), name = table.Ordinal("name"),
            type = table.Ordinal("type"), locality = table.Ordinal("locality"), students = table.Ordinal("students");
        var shares = PassportColumns.Select(table.Ordinal).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new double?[shares.Length];
        while (table.Read())
        {
            file.Rows++;
            var before = errors.Count;
            var c = table.Required(code, 64);
            var m = table.Required(municipality, 64);
            var n = table.Required(name, 500);
            if (c is not null && Unique(table, code, c, seen)) codes.Add(c);
            if (m is not null && !municipalityExists(m))
                errors.Add(table.Line, table.Header(municipality), ImportCodes.UnknownMunicipality,
                    $"муниципалитет «{m}» не найден ни в municipalities.csv, ни в базе");

            SchoolType schoolType = default;
            if (table.Required(type, int.MaxValue) is { } t && !Vocabulary.TrySchoolType(t, out schoolType))
                errors.Add(table.Line, table.Header(type), ImportCodes.UnknownValue,
                    $"неизвестный тип школы «{t}»: ожидается {Vocabulary.SchoolTypeHint}");
            Locality schoolLocality = default;
            if (table.Required(locality, int.MaxValue) is { } l && !Vocabulary.TryLocality(l, out schoolLocality))
                errors.Add(table.Line, table.Header(locality), ImportCodes.UnknownValue,
                    $"неизвестная местность «{l}»: ожидается {Vocabulary.LocalityHint}");

            var count = table.Int(students, required: false, out _);
            if (count < 0)
                errors.Add(table.Line, table.Header(students), ImportCodes.NegativeStudents,
                    $"число обучающихся не может быть отрицательным ({count})");

            for (var i = 0; i < shares.Length; i++)
            {
                values[i] = table.Double(shares[i], out _);
                if (values[i] is < 0 or > 100)
                    errors.Add(table.Line, table.Header(shares[i]), ImportCodes.ShareOutOfRange,
                        $"доля {values[i]} вне диапазона 0–100 (доли указываются в процентах)");
            }

            if (errors.Count > before || c is null || m is null || n is null) continue;
            rows.Add(new SchoolRow(table.Line, c, m, n, schoolType, schoolLocality, count,
                new SocialPassport(values[0], values[1], values[2], values[3], values[4], values[5], values[6])));
        }
        return rows;
    }

    /// <summary>Reports a code seen before in the same file.</summary>
    internal static bool Unique(CsvTable table, int ordinal, string code, Dictionary<string, int> seen)
    {
        if (seen.TryAdd(code, table.Line)) return true;
        table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.DuplicateCode,
            $"код «{code}» повторяется (уже был в строке {seen[code]})");
        return false;
    }
}
