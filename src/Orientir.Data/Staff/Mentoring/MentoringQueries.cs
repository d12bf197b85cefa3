using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Mentoring;

/// <summary>Mentoring groups as an actor sees them (<see cref="MentoringScope"/>).</summary>
public sealed class MentoringQueries(OrientirDbContext db)
{
    /// <summary>The groups in scope, newest first, optionally of one form and one status.</summary>
    public async Task<IReadOnlyList<MentoringGroupRow>> GroupsAsync(StaffActor actor, MentoringForm? form = null, MentoringStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        var groups = MentoringScope.VisibleGroups(db, actor);
        if (form is { } f) groups = groups.Where(g => g.Form == f);
        if (status is { } s) groups = groups.Where(g => g.Status == s);
        var list = await groups.AsNoTracking().OrderByDescending(g => g.StartDate).ThenByDescending(g => g.Id).ToListAsync(cancellationToken);
        return await RowsAsync(list, cancellationToken);
    }

    /// <summary>A group's mentoring programme; not found when the group is out of the actor's scope.</summary>
    public async Task<ScopedResult<MentoringProgramme>> ProgrammeAsync(StaffActor actor, int groupId, CancellationToken cancellationToken = default)
    {
        var group = await MentoringScope.VisibleGroups(db, actor).AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null) return ScopedResult<MentoringProgramme>.NotFound();
        var row = (await RowsAsync([group], cancellationToken)).Single();
        var goals = await db.MentoringGoals.AsNoTracking().Where(g => g.GroupId == groupId).OrderBy(g => g.Id)
            .Select(g => new MentoringGoalRow(g.Id, g.Text, g.Achieved)).ToListAsync(cancellationToken);
        var meetings = await db.MentoringMeetings.AsNoTracking().Where(m => m.GroupId == groupId).OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new MentoringMeetingRow(m.Id, m.Date, m.Topic, m.Held, m.Notes)).ToListAsync(cancellationToken);
        var menteeIds = await db.MentoringMentees.Where(m => m.GroupId == groupId).Select(m => m.TeacherId).ToListAsync(cancellationToken);
        var open = group.Status == MentoringStatus.Active;
        return ScopedResult<MentoringProgramme>.Ok(new MentoringProgramme(row, goals, meetings,
            open && MentoringScope.CanManage(actor, group), open && MentoringScope.CanMarkHeld(actor, group, menteeIds)));
    }

    /// <summary>The groups of a teacher the actor sees, as the mentor and as a mentee; not found out of scope.</summary>
    public async Task<ScopedResult<TeacherMentoring>> TeacherAsync(StaffActor actor, string teacherCode, CancellationToken cancellationToken = default)
    {
        var teacher = await new StaffAccess(db).VisibleTeacherAsync(actor, teacherCode, cancellationToken);
        if (teacher is null) return ScopedResult<TeacherMentoring>.NotFound();
        var visible = MentoringScope.VisibleGroups(db, actor);
        var asMentor = await visible.AsNoTracking().Where(g => g.MentorTeacherId == teacher.Id)
            .OrderByDescending(g => g.StartDate).ToListAsync(cancellationToken);
        var asMentee = await visible.AsNoTracking().Where(g => db.MentoringMentees.Any(m => m.GroupId == g.Id && m.TeacherId == teacher.Id))
            .OrderByDescending(g => g.StartDate).ToListAsync(cancellationToken);
        return ScopedResult<TeacherMentoring>.Ok(new TeacherMentoring(teacher.Code,
            await RowsAsync(asMentor, cancellationToken), await RowsAsync(asMentee, cancellationToken)));
    }

    private async Task<IReadOnlyList<MentoringGroupRow>> RowsAsync(IReadOnlyList<MentoringGroup> groups, CancellationToken cancellationToken)
    {
        if (groups.Count == 0) return [];
        var ids = groups.Select(g => g.Id).ToList();
        var mentees = await db.MentoringMentees.AsNoTracking().Where(m => ids.Contains(m.GroupId)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var teacherIds = mentees.Select(m => m.TeacherId).Concat(groups.Select(g => g.MentorTeacherId)).Distinct().ToList();
        var teachers = await (from t in db.Teachers
                              join s in db.Schools on t.SchoolId equals s.Id
                              where teacherIds.Contains(t.Id)
                              select new { t.Id, Teacher = new MentoringTeacher(t.Code, s.Code, t.ExperienceYears, t.Category) })
            .ToDictionaryAsync(t => t.Id, t => t.Teacher, cancellationToken);
        var schoolIds = groups.Select(g => g.SchoolId).Distinct().ToList();
        var schools = await db.Schools.Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => new { s.Code, s.Name }, cancellationToken);
        var goals = await db.MentoringGoals.Where(g => ids.Contains(g.GroupId)).GroupBy(g => g.GroupId)
            .Select(g => new { GroupId = g.Key, All = g.Count(), Done = g.Count(x => x.Achieved) }).ToDictionaryAsync(g => g.GroupId, cancellationToken);
        var meetings = await db.MentoringMeetings.Where(m => ids.Contains(m.GroupId)).GroupBy(m => m.GroupId)
            .Select(g => new { GroupId = g.Key, All = g.Count(), Done = g.Count(x => x.Held) }).ToDictionaryAsync(g => g.GroupId, cancellationToken);
        return groups.Select(g => new MentoringGroupRow(g.Id, g.Form, g.Status, schools[g.SchoolId].Code, schools[g.SchoolId].Name, g.Topic,
                g.StartDate, g.EndDate, teachers[g.MentorTeacherId],
                mentees.Where(m => m.GroupId == g.Id).Select(m => teachers[m.TeacherId]).ToList(),
                goals.TryGetValue(g.Id, out var goal) ? goal.Done : 0, goal?.All ?? 0,
                meetings.TryGetValue(g.Id, out var meeting) ? meeting.Done : 0, meeting?.All ?? 0))
            .ToList();
    }
}
