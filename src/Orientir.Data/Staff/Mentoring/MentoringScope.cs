using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Mentoring;

/// <summary>
/// Which groups an actor sees and what they may do with one. A group is seen when its school is (<see cref="StaffAccess.VisibleSchools"/>);
/// a teacher sees the groups they are the mentor or a mentee of.
/// </summary>
internal static class MentoringScope
{
    public static IQueryable<MentoringGroup> VisibleGroups(OrientirDbContext db, StaffActor actor)
    {
        if (actor.IsTeacher)
        {
            var own = actor.TeacherId ?? -1;
            return db.MentoringGroups.Where(g => g.MentorTeacherId == own || db.MentoringMentees.Any(m => m.GroupId == g.Id && m.TeacherId == own));
        }
        var schools = new StaffAccess(db).VisibleSchools(actor).Select(s => s.Id);
        return db.MentoringGroups.Where(g => schools.Contains(g.SchoolId));
    }

    /// <summary>Goals, meetings and completion: a methodologist or administrator, or the leader of the group's school.</summary>
    public static bool CanManage(StaffActor actor, MentoringGroup group) => actor.ManagesStaff || actor.LeadsSchool(group.SchoolId);

    /// <summary>Marking a meeting held: who manages the group, and its mentor and mentees with their own accounts.</summary>
    public static bool CanMarkHeld(StaffActor actor, MentoringGroup group, IEnumerable<int> menteeIds) =>
        CanManage(actor, group) || actor.Is(group.MentorTeacherId) || menteeIds.Any(actor.Is);

    public const string NotManager = "Программу наставничества ведут методист, администратор и руководитель школы группы.";
    public const string Completed = "Наставничество завершено: программу больше не меняют.";
}
