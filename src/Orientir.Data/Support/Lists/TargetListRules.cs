using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>The defaults and checks shared by the list commands, and the one way a change is recorded (list history + audit).</summary>
public static class TargetListRules
{
    public const int MinReasonLength = 10;

    public const string NotManager = "Формировать списки, назначать кураторов и задавать даты этапов могут администратор и региональный аналитик.";
    public const string Frozen = "Список утверждён и не изменяется. Чтобы изменить состав, создайте новую редакцию списка.";

    /// <summary>A hand change needs a written reason; null when it is acceptable.</summary>
    public static string? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Причина: укажите, почему изменяется состав списка."
        : reason.Trim().Length < MinReasonLength ? $"Причина: не короче {MinReasonLength} символов."
        : reason.Trim().Length > 2000 ? "Причина: не длиннее 2000 символов."
        : null;

    public static string? CheckStages(DateOnly entry, DateOnly interim, DateOnly final) =>
        entry > interim ? "Промежуточный этап: дата не раньше входного этапа."
        : interim > final ? "Итоговый этап: дата не раньше промежуточного этапа."
        : null;

    public static TargetBasis Basis(bool lowResults, bool unfavourable) =>
        lowResults && unfavourable ? TargetBasis.LowResultsAndUnfavourable : lowResults ? TargetBasis.LowResults : TargetBasis.Unfavourable;

    /// <summary>Adds the list's history row and the audit entry of one change; the caller saves.</summary>
    public static void Record(OrientirDbContext db, SupportActor actor, DateTime now, TargetList list, string action,
        int? schoolId = null, string? schoolCode = null, string? reason = null, string? details = null)
    {
        db.TargetListChanges.Add(new TargetListChange
        {
            TargetListId = list.Id, SchoolId = schoolId, Action = action, Reason = reason, User = actor.UserName, AtUtc = now,
        });
        var text = $"list={list.Id} year={list.Year} revision={list.Revision}"
            + (schoolCode is null ? "" : $" school={schoolCode}")
            + (details is null ? "" : $" {details}")
            + (reason is null ? "" : $" reason={reason}");
        db.Audit.Add(new AuditEntry(now, actor.UserName, "support.list." + action, text));
    }
}
