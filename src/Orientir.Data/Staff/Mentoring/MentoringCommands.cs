using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Access;
using Orientir.Domain.Audit;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Mentoring;

/// <summary>
/// Forms mentoring groups and keeps their programmes. A methodologist or administrator works with any teachers; a
/// school leader with their own school's; the mentor and the mentees may mark their meetings held.
/// </summary>
public sealed class MentoringCommands(OrientirDbContext db, TimeProvider time)
{
    public async Task<ScopedResult<MentoringProgramme>> CreateAsync(StaffActor actor, MentoringGroupInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesStaff && actor.Role != Roles.SchoolLeader)
            return ScopedResult<MentoringProgramme>.Forbidden("Наставничество формируют методист, администратор и руководитель школы.");
        var access = new StaffAccess(db);
        var mentor = await access.VisibleTeacherAsync(actor, input.MentorCode?.Trim() ?? "", cancellationToken);
        if (mentor is null) return ScopedResult<MentoringProgramme>.NotFound();
        var codes = (input.MenteeCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var mentees = new List<Teacher>();
        foreach (var code in codes.Distinct())
        {
            var mentee = await access.VisibleTeacherAsync(actor, code, cancellationToken);
            if (mentee is null) return ScopedResult<MentoringProgramme>.NotFound();
            mentees.Add(mentee);
        }
        if (!actor.ManagesStaff && (!actor.LeadsSchool(mentor.SchoolId) || mentees.Any(m => !actor.LeadsSchool(m.SchoolId))))
            return ScopedResult<MentoringProgramme>.Forbidden("Руководитель школы формирует наставничество из педагогов своей школы.");
        if (await ProblemAsync(input, mentor, mentees, codes, cancellationToken) is { } problem)
            return ScopedResult<MentoringProgramme>.Invalid(problem);

        var now = time.GetUtcNow().UtcDateTime;
        var group = new MentoringGroup
        {
            Form = input.Form, MentorTeacherId = mentor.Id, SchoolId = mentees[0].SchoolId, Topic = input.Topic.Trim(),
            StartDate = input.StartDate, Status = MentoringStatus.Active, CreatedAtUtc = now, CreatedBy = actor.UserName,
        };
        db.MentoringGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        db.MentoringMentees.AddRange(mentees.Select(m => new MentoringMentee { GroupId = group.Id, TeacherId = m.Id }));
        db.Audit.Add(new AuditEntry(now, actor.UserName, "staff.mentoring.create",
            $"group={group.Id} form={group.Form} mentor={mentor.Code} mentees={string.Join('|', mentees.Select(m => m.Code))}"));
        await db.SaveChangesAsync(cancellationToken);
        return await new MentoringQueries(db).ProgrammeAsync(actor, group.Id, cancellationToken);
    }

    public Task<ScopedResult<MentoringProgramme>> AddGoalAsync(StaffActor actor, int groupId, string text, CancellationToken cancellationToken = default) =>
        ManageAsync(actor, groupId, "staff.mentoring.goal.add", cancellationToken, group =>
        {
            text = (text ?? "").Trim();
            if (text.Length == 0) return Task.FromResult<string?>("Цель: не заполнена.");
            if (text.Length > 1000) return Task.FromResult<string?>("Цель: не длиннее 1000 символов.");
            db.MentoringGoals.Add(new MentoringGoal { GroupId = group.Id, Text = text });
            return Task.FromResult<string?>(null);
        }, () => $"goal={text}");

    public Task<ScopedResult<MentoringProgramme>> SetGoalAchievedAsync(StaffActor actor, int groupId, long goalId, bool achieved,
        CancellationToken cancellationToken = default) =>
        ManageAsync(actor, groupId, "staff.mentoring.goal.achieved", cancellationToken, async group =>
        {
            var goal = await db.MentoringGoals.SingleOrDefaultAsync(g => g.Id == goalId && g.GroupId == group.Id, cancellationToken);
            if (goal is null) return "Цель: нет такой цели в программе группы.";
            goal.Achieved = achieved;
            return null;
        }, () => $"goal={goalId} achieved={achieved}");

    public Task<ScopedResult<MentoringProgramme>> AddMeetingAsync(StaffActor actor, int groupId, DateOnly date, string topic,
        CancellationToken cancellationToken = default) =>
        ManageAsync(actor, groupId, "staff.mentoring.meeting.add", cancellationToken, group =>
        {
            topic = (topic ?? "").Trim();
            if (topic.Length == 0) return Task.FromResult<string?>("Тема встречи: не заполнена.");
            if (topic.Length > 500) return Task.FromResult<string?>("Тема встречи: не длиннее 500 символов.");
            if (date < group.StartDate) return Task.FromResult<string?>($"Дата встречи: не раньше начала наставничества {group.StartDate:dd.MM.yyyy}.");
            db.MentoringMeetings.Add(new MentoringMeeting { GroupId = group.Id, Date = date, Topic = topic });
            return Task.FromResult<string?>(null);
        }, () => $"date={date:yyyy-MM-dd} topic={topic}");

    /// <summary>Ends the group: the end date (today when not given) and the status Completed.</summary>
    public Task<ScopedResult<MentoringProgramme>> CompleteAsync(StaffActor actor, int groupId, DateOnly? endDate = null,
        CancellationToken cancellationToken = default)
    {
        var end = endDate ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return ManageAsync(actor, groupId, "staff.mentoring.complete", cancellationToken, group =>
        {
            if (end < group.StartDate) return Task.FromResult<string?>($"Дата окончания: не раньше начала {group.StartDate:dd.MM.yyyy}.");
            group.EndDate = end;
            group.Status = MentoringStatus.Completed;
            return Task.FromResult<string?>(null);
        }, () => $"end={end:yyyy-MM-dd}");
    }

    /// <summary>Marks a meeting held with notes: who manages the group, or its mentor or a mentee themself.</summary>
    public async Task<ScopedResult<MentoringProgramme>> MarkMeetingHeldAsync(StaffActor actor, int groupId, long meetingId, string? notes,
        CancellationToken cancellationToken = default)
    {
        var group = await TrackedVisibleGroupAsync(actor, groupId, cancellationToken);
        if (group is null) return ScopedResult<MentoringProgramme>.NotFound();
        var menteeIds = await db.MentoringMentees.Where(m => m.GroupId == groupId).Select(m => m.TeacherId).ToListAsync(cancellationToken);
        if (!MentoringScope.CanMarkHeld(actor, group, menteeIds))
            return ScopedResult<MentoringProgramme>.Forbidden("Проведённой встречу отмечают наставник, наставляемые и те, кто ведёт программу.");
        if (group.Status == MentoringStatus.Completed) return ScopedResult<MentoringProgramme>.Invalid(MentoringScope.Completed);
        var meeting = await db.MentoringMeetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.GroupId == groupId, cancellationToken);
        if (meeting is null) return ScopedResult<MentoringProgramme>.NotFound();
        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (notes is { Length: > 2000 }) return ScopedResult<MentoringProgramme>.Invalid("Итоги встречи: не длиннее 2000 символов.");
        meeting.Held = true;
        meeting.Notes = notes;
        db.Audit.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, actor.UserName, "staff.mentoring.meeting.held", $"group={groupId} meeting={meetingId}"));
        await db.SaveChangesAsync(cancellationToken);
        return await new MentoringQueries(db).ProgrammeAsync(actor, groupId, cancellationToken);
    }

    private async Task<ScopedResult<MentoringProgramme>> ManageAsync(StaffActor actor, int groupId, string action, CancellationToken cancellationToken,
        Func<MentoringGroup, Task<string?>> change, Func<string> details)
    {
        var group = await TrackedVisibleGroupAsync(actor, groupId, cancellationToken);
        if (group is null) return ScopedResult<MentoringProgramme>.NotFound();
        if (!MentoringScope.CanManage(actor, group)) return ScopedResult<MentoringProgramme>.Forbidden(MentoringScope.NotManager);
        if (group.Status == MentoringStatus.Completed) return ScopedResult<MentoringProgramme>.Invalid(MentoringScope.Completed);
        if (await change(group) is { } problem) return ScopedResult<MentoringProgramme>.Invalid(problem);
        db.Audit.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, actor.UserName, action, $"group={groupId} {details()}"));
        await db.SaveChangesAsync(cancellationToken);
        return await new MentoringQueries(db).ProgrammeAsync(actor, groupId, cancellationToken);
    }

    /// <summary>The group, tracked for change, if the actor sees it.</summary>
    private async Task<MentoringGroup?> TrackedVisibleGroupAsync(StaffActor actor, int groupId, CancellationToken cancellationToken) =>
        await MentoringScope.VisibleGroups(db, actor).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);

    private async Task<string?> ProblemAsync(MentoringGroupInput input, Teacher mentor, List<Teacher> mentees, List<string> codes,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Form)) return "Форма наставничества: выберите одну из форм.";
        if (mentees.Count == 0) return "Наставляемые: укажите хотя бы одного педагога.";
        if (codes.Count != mentees.Count) return "Наставляемые: педагог указан дважды.";
        if (mentees.Any(m => m.Id == mentor.Id)) return "Наставник: не может быть наставляемым в своей группе.";
        if (mentees.Select(m => m.SchoolId).Distinct().Count() > 1) return "Наставляемые: все наставляемые группы — из одной школы.";
        if (string.IsNullOrWhiteSpace(input.Topic)) return "Тема: не заполнена.";
        if (input.Topic.Trim().Length > 500) return "Тема: не длиннее 500 символов.";
        if (input.StartDate == default) return "Дата начала: не заполнена.";
        var settings = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.Staff;
        if (input.Form == MentoringForm.ExperiencedToYoung)
        {
            if (mentees.FirstOrDefault(m => m.ExperienceYears >= settings.YoungTeacherYears) is { } experienced)
                return $"Наставляемые: {experienced.Code} — стаж {experienced.ExperienceYears} лет, а в форме «опытный педагог – молодой специалист» стаж наставляемого меньше {settings.YoungTeacherYears} лет.";
            if (mentor.ExperienceYears < settings.MentorMinimumYears)
                return $"Наставник: стаж {mentor.ExperienceYears} лет, а наставнику молодого специалиста нужно не меньше {settings.MentorMinimumYears} лет.";
        }
        if (input.Form == MentoringForm.LeaderToTeam && mentees.Count < 2)
            return "Наставляемые: в форме «руководитель – коллектив» не меньше двух наставляемых.";
        var ids = mentees.Select(m => m.Id).ToList();
        var busy = await (from m in db.MentoringMentees
                          join g in db.MentoringGroups on m.GroupId equals g.Id
                          join t in db.Teachers on m.TeacherId equals t.Id
                          where ids.Contains(m.TeacherId) && g.Form == input.Form && g.Status == MentoringStatus.Active
                          select t.Code).FirstOrDefaultAsync(cancellationToken);
        return busy is null ? null : $"Наставляемые: {busy} уже в действующей группе этой формы наставничества.";
    }
}
