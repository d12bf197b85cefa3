using System.Text;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;
using Orientir.Domain.Staff;

namespace Orientir.Data.Import;

/// <summary>The enumerations of the package format with the Russian spellings analysts actually type.</summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, SchoolType> SchoolTypes = new(StringComparer.Ordinal)
    {
        ["general"] = SchoolType.General,
        ["общеобразовательная"] = SchoolType.General,
        ["сош"] = SchoolType.General,
        ["gymnasium"] = SchoolType.Gymnasium,
        ["гимназия"] = SchoolType.Gymnasium,
        ["lyceum"] = SchoolType.Lyceum,
        ["лицей"] = SchoolType.Lyceum,
        ["advanced"] = SchoolType.Advanced,
        ["small"] = SchoolType.Small,
        ["малокомплектная"] = SchoolType.Small,
        ["evening"] = SchoolType.Evening,
        ["вечерняя"] = SchoolType.Evening,
        ["special"] = SchoolType.Special,
        ["коррекционная"] = SchoolType.Special,
    };

    private static readonly Dictionary<string, Locality> Localities = new(StringComparer.Ordinal)
    {
        ["urban"] = Locality.Urban,
        ["город"] = Locality.Urban,
        ["городская"] = Locality.Urban,
        ["rural"] = Locality.Rural,
        ["село"] = Locality.Rural,
        ["сельская"] = Locality.Rural,
    };

    private static readonly Dictionary<string, ProcedureKind> Kinds = new(StringComparer.Ordinal)
    {
        ["vpr"] = ProcedureKind.Vpr,
        ["впр"] = ProcedureKind.Vpr,
        ["rpr"] = ProcedureKind.Rpr,
        ["рпр"] = ProcedureKind.Rpr,
        ["oge"] = ProcedureKind.Oge,
        ["огэ"] = ProcedureKind.Oge,
        ["ege"] = ProcedureKind.Ege,
        ["егэ"] = ProcedureKind.Ege,
        ["pisa_reg"] = ProcedureKind.PisaReg,
        ["pisareg"] = ProcedureKind.PisaReg,
        ["pisa"] = ProcedureKind.PisaReg,
        ["fl"] = ProcedureKind.Fl,
        ["фг"] = ProcedureKind.Fl,
    };

    // Latin B is базовый but Cyrillic В is высокий: the two letters look alike and mean different levels.
    private static readonly Dictionary<string, TaskLevel> Levels = new(StringComparer.Ordinal)
    {
        ["b"] = TaskLevel.Basic,
        ["б"] = TaskLevel.Basic,
        ["базовый"] = TaskLevel.Basic,
        ["p"] = TaskLevel.Advanced,
        ["п"] = TaskLevel.Advanced,
        ["повышенный"] = TaskLevel.Advanced,
        ["v"] = TaskLevel.High,
        ["в"] = TaskLevel.High,
        ["высокий"] = TaskLevel.High,
    };

    private static readonly Dictionary<string, TeacherCategory> Categories = new(StringComparer.Ordinal)
    {
        ["none"] = TeacherCategory.None,
        ["без категории"] = TeacherCategory.None,
        ["нет"] = TeacherCategory.None,
        ["conformity"] = TeacherCategory.Conformity,
        ["соответствие"] = TeacherCategory.Conformity,
        ["соответствие занимаемой должности"] = TeacherCategory.Conformity,
        ["сзд"] = TeacherCategory.Conformity,
        ["first"] = TeacherCategory.First,
        ["первая"] = TeacherCategory.First,
        ["highest"] = TeacherCategory.Highest,
        ["высшая"] = TeacherCategory.Highest,
    };

    public const string SchoolTypeHint = "general, gymnasium, lyceum, advanced, small, evening, special или русское название";
    public const string LocalityHint = "urban, rural, город или село";
    public const string KindHint = "VPR, RPR, OGE, EGE, PISA_REG или FL";
    public const string LevelHint = "B, P, V или Б, П, В";
    public const string CategoryHint = "none, conformity, first, highest или без категории, соответствие, первая, высшая";

    public static bool TrySchoolType(string text, out SchoolType type)
    {
        var key = Normalize(text);
        if (SchoolTypes.TryGetValue(key, out type)) return true;
        // «СОШ с углублённым изучением отдельных предметов», «школа с углубленным изучением …» and the like.
        if (key.Contains("углубл", StringComparison.Ordinal))
        {
            type = SchoolType.Advanced;
            return true;
        }
        return false;
    }

    public static bool TryLocality(string text, out Locality locality) => Localities.TryGetValue(Normalize(text), out locality);

    public static bool TryKind(string text, out ProcedureKind kind) => Kinds.TryGetValue(Normalize(text), out kind);

    /// <summary>The package form of a kind (procedures.csv <c>kind</c>, the first part of a procedure code).</summary>
    public static string KindCode(ProcedureKind kind) => kind switch
    {
        ProcedureKind.Vpr => "VPR",
        ProcedureKind.Rpr => "RPR",
        ProcedureKind.Oge => "OGE",
        ProcedureKind.Ege => "EGE",
        ProcedureKind.PisaReg => "PISA_REG",
        _ => "FL",
    };

    public static bool TryCategory(string text, out TeacherCategory category) => Categories.TryGetValue(Normalize(text), out category);

    public static bool TryLevel(string text, out TaskLevel level) => Levels.TryGetValue(Normalize(text), out level);

    /// <summary>A task cell that means "not done": empty, <c>X</c>, Cyrillic <c>Х</c>, or a dash.</summary>
    public static bool IsNotDone(ReadOnlySpan<char> cell) =>
        cell.IsEmpty || (cell.Length == 1 && cell[0] is 'X' or 'x' or 'Х' or 'х' or '-' or '–' or '—');

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower == 'ё' ? 'е' : lower);
        }
        return builder.ToString();
    }
}
