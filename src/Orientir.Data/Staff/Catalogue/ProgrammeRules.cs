using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Catalogue;

/// <summary>The rules of a catalogue programme, shared by the form and programmes.csv; messages in Russian.</summary>
public static class ProgrammeRules
{
    public const int TitleLength = 500;
    public const int ProviderLength = 300;
    public const int RegistryLength = 64;
    public const int TargetsLength = 1000;
    public const int MinHours = 1;
    public const int MaxHours = 2000;
    public const string NotManager = "Каталог ДПП ведут методист и администратор.";

    private static readonly string[] KnownSubjects = ["RU", "MA", "PH", "CH", "BI", "HI", "SO", "GE", "IN", "EN", "LI", "OK"];

    /// <summary>The format from its code or its Russian name; null when neither.</summary>
    public static CourseFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "in_person" or "очная" => CourseFormat.InPerson,
        "blended" or "очно-заочная" => CourseFormat.Blended,
        "distance" or "дистанционная" => CourseFormat.Distance,
        _ => null,
    };

    public static string FormatCode(CourseFormat format) => format switch
    {
        CourseFormat.InPerson => "in_person",
        CourseFormat.Blended => "blended",
        _ => "distance",
    };

    /// <summary>The letter-only codes a target may be: the competences and the subjects known to the region.</summary>
    public static async Task<HashSet<string>> KnownWordsAsync(OrientirDbContext db, CancellationToken cancellationToken = default)
    {
        var words = new HashSet<string>(KnownSubjects, StringComparer.Ordinal);
        words.UnionWith((await db.Competences.Select(c => c.Code).ToListAsync(cancellationToken)).Select(ProgrammeTargets.Normalize));
        words.UnionWith((await db.Procedures.Select(p => p.Subject).Distinct().ToListAsync(cancellationToken)).Select(ProgrammeTargets.Normalize));
        return words;
    }

    /// <summary>Why the target list is not accepted (without the field's name), or null.</summary>
    public static string? TargetsProblem(IReadOnlyList<string> targets, IReadOnlySet<string> words)
    {
        if (targets.Count == 0) return "нужен хотя бы один код компетенции или умения";
        foreach (var target in targets)
        {
            if (!ProgrammeTargets.IsWellFormed(target))
                return $"«{target}» — не код компетенции или умения (например, METH, MA, MA4, MA4.3)";
            if (ProgrammeTargets.IsWord(target) && !words.Contains(target))
                return $"«{target}» — неизвестная компетенция или предмет";
        }
        return ProgrammeTargets.Join(targets).Length > TargetsLength ? $"список длиннее {TargetsLength} символов" : null;
    }

    /// <summary>The first problem of a programme entered in the form, naming the field; null when it is fine.</summary>
    public static string? Problem(ProgrammeInput input, IReadOnlySet<string> words)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) return "Название: не заполнено.";
        if (input.Title.Trim().Length > TitleLength) return $"Название: не длиннее {TitleLength} символов.";
        if (string.IsNullOrWhiteSpace(input.Provider)) return "Организация: не заполнена.";
        if (input.Provider.Trim().Length > ProviderLength) return $"Организация: не длиннее {ProviderLength} символов.";
        if (input.Hours is < MinHours or > MaxHours) return $"Часы: от {MinHours} до {MaxHours}.";
        if (!Enum.IsDefined(input.Format)) return "Форма обучения: очная, очно-заочная или дистанционная.";
        if (input.RegistryNumber?.Trim().Length > RegistryLength) return $"Номер в реестре: не длиннее {RegistryLength} символов.";
        return TargetsProblem(ProgrammeTargets.Split(input.Targets), words) is { } problem ? $"Компетенции и умения: {problem}." : null;
    }

    /// <summary>Copies the input onto the programme; true when anything changed.</summary>
    public static bool Apply(CourseProgramme programme, ProgrammeInput input)
    {
        var registry = string.IsNullOrWhiteSpace(input.RegistryNumber) ? null : input.RegistryNumber.Trim();
        var targets = ProgrammeTargets.Join(ProgrammeTargets.Split(input.Targets));
        var changed = programme.Title != input.Title.Trim() || programme.Provider != input.Provider.Trim() || programme.Hours != input.Hours
                      || programme.Format != input.Format || programme.RegistryNumber != registry || programme.Targets != targets
                      || programme.IsActive != input.IsActive;
        programme.Title = input.Title.Trim();
        programme.Provider = input.Provider.Trim();
        programme.Hours = input.Hours;
        programme.Format = input.Format;
        programme.RegistryNumber = registry;
        programme.Targets = targets;
        programme.IsActive = input.IsActive;
        return changed;
    }
}
