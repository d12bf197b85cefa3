using Orientir.Data.Database;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Staff.Mentoring;
using Orientir.Data.Tests.Support;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Mentoring;

public class MentoringCommandsTests
{
    private static readonly DateOnly Start = new(2025, 9, 1);

    private static MentoringGroupInput Pair(string mentor, params string[] mentees) =>
        new(MentoringForm.ExperiencedToYoung, mentor, mentees, "Первый год в профессии", Start);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_methodologist_creates_a_group_of_an_experienced_mentor_and_a_young_teacher_and_it_is_audited(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();

        var created = await new MentoringCommands(db, TimeProvider.System).CreateAsync(await world.ActorAsync(MentoringWorld.Methodologist), Pair("T0101A", "T0101B"));

        Assert.True(created.Succeeded, created.Message);
        var group = created.Value!.Group;
        Assert.Equal("T0101A", group.Mentor.Code);
        Assert.Equal(["T0101B"], group.Mentees.Select(m => m.Code));
        Assert.Equal("edu0101", group.SchoolCode);
        Assert.Equal(MentoringStatus.Active, group.Status);
        Assert.True(created.Value.CanManage);
        Assert.Single(await world.Db.Audit.Where(a => a.Action == "staff.mentoring.create").ToListAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_school_leader_forms_groups_of_their_own_teachers_only(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new MentoringCommands(db, TimeProvider.System);

        var own = await commands.CreateAsync(await world.ActorAsync(SupportWorld.Leader0101), Pair("T0101A", "T0101B"));
        var foreign = await commands.CreateAsync(await world.ActorAsync(SupportWorld.Leader0101), Pair("T0201A", "T0201B"));
        var officer = await commands.CreateAsync(await world.ActorAsync(SupportWorld.OfficerM01), Pair("T0101A", "T0101C"));
        var teacher = await commands.CreateAsync(await world.ActorAsync(MentoringWorld.TeacherD), Pair("T0101D", "T0101C"));

        Assert.True(own.Succeeded, own.Message);
        Assert.Equal(ScopedOutcome.NotFound, foreign.Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, officer.Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, teacher.Outcome);
        Assert.Equal(1, await world.Db.MentoringGroups.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Invalid_groups_are_refused_with_the_field_named(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new MentoringCommands(db, TimeProvider.System);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);

        var self = await commands.CreateAsync(methodologist, Pair("T0101A", "T0101A"));
        var experiencedMentee = await commands.CreateAsync(methodologist, Pair("T0101A", "T0101D"));
        var youngMentor = await commands.CreateAsync(methodologist, Pair("T0101D", "T0101B"));
        var smallTeam = await commands.CreateAsync(methodologist, new MentoringGroupInput(MentoringForm.LeaderToTeam, "T0101A", ["T0101B"], "Команда", Start));
        var noTopic = await commands.CreateAsync(methodologist, Pair("T0101A", "T0101B") with { Topic = " " });

        Assert.Contains("Наставник: не может быть наставляемым", self.Message);
        Assert.Contains("Наставляемые: T0101D — стаж 4 лет", experiencedMentee.Message);
        Assert.Contains("Наставник: стаж 4 лет", youngMentor.Message);
        Assert.Contains("не меньше 5 лет", youngMentor.Message);
        Assert.Contains("Наставляемые: в форме «руководитель – коллектив» не меньше двух", smallTeam.Message);
        Assert.StartsWith("Тема:", noTopic.Message);
        Assert.All([self, experiencedMentee, youngMentor, smallTeam, noTopic], r => Assert.Equal(ScopedOutcome.Invalid, r.Outcome));
        Assert.Equal(0, await world.Db.MentoringGroups.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_teacher_is_a_mentee_in_one_active_group_of_a_form_at_a_time(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new MentoringCommands(db, TimeProvider.System);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);
        var first = await commands.CreateAsync(methodologist, Pair("T0101A", "T0101B"));

        var second = await commands.CreateAsync(methodologist, Pair("T0201A", "T0101B"));
        var otherForm = await commands.CreateAsync(methodologist, new MentoringGroupInput(MentoringForm.TeacherToTeacher, "T0101D", ["T0101B"], "Взаимопосещение", Start));
        await commands.CompleteAsync(methodologist, first.Value!.Group.Id, new DateOnly(2026, 5, 31));
        var afterCompletion = await commands.CreateAsync(methodologist, Pair("T0201A", "T0101B"));

        Assert.Contains("Наставляемые: T0101B уже в действующей группе", second.Message);
        Assert.True(otherForm.Succeeded, otherForm.Message);
        Assert.True(afterCompletion.Succeeded, afterCompletion.Message);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_programme_has_goals_and_meetings_and_a_completed_group_is_closed_to_changes(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new MentoringCommands(db, TimeProvider.System);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = (await commands.CreateAsync(leader, Pair("T0101A", "T0101B"))).Value!.Group.Id;

        var withGoal = await commands.AddGoalAsync(leader, id, "Провести открытый урок");
        var achieved = await commands.SetGoalAchievedAsync(leader, id, withGoal.Value!.Goals.Single().Id, true);
        var withMeeting = await commands.AddMeetingAsync(leader, id, new DateOnly(2025, 9, 15), "Планирование уроков");
        var early = await commands.AddMeetingAsync(leader, id, new DateOnly(2025, 8, 1), "Слишком рано");
        var held = await commands.MarkMeetingHeldAsync(leader, id, withMeeting.Value!.Meetings.Single().Id, "Разобрали два урока");
        var completed = await commands.CompleteAsync(leader, id, new DateOnly(2026, 5, 31));
        var afterwards = await commands.AddGoalAsync(leader, id, "Ещё одна");

        Assert.Equal((1, 1), (achieved.Value!.Group.GoalsAchieved, achieved.Value.Group.Goals));
        Assert.Equal("Дата встречи: не раньше начала наставничества 01.09.2025.", early.Message);
        Assert.Equal((1, 1), (held.Value!.Group.MeetingsHeld, held.Value.Group.Meetings));
        Assert.Equal("Разобрали два урока", held.Value.Meetings.Single().Notes);
        Assert.Equal(MentoringStatus.Completed, completed.Value!.Group.Status);
        Assert.Equal(new DateOnly(2026, 5, 31), completed.Value.Group.EndDate);
        Assert.Equal(ScopedOutcome.Invalid, afterwards.Outcome);
        Assert.Equal(
            ["staff.mentoring.complete", "staff.mentoring.create", "staff.mentoring.goal.achieved", "staff.mentoring.goal.add", "staff.mentoring.meeting.add", "staff.mentoring.meeting.held"],
            (await world.Db.Audit.Where(a => a.Action.StartsWith("staff.mentoring.")).Select(a => a.Action).ToListAsync()).Order());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_mentee_marks_their_meeting_held_but_another_teacher_cannot_see_the_group(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new MentoringCommands(db, TimeProvider.System);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);
        var id = (await commands.CreateAsync(methodologist, Pair("T0101A", "T0101B"))).Value!.Group.Id;
        var meeting = (await commands.AddMeetingAsync(methodologist, id, new DateOnly(2025, 10, 1), "Анализ урока")).Value!.Meetings.Single().Id;
        var mentee = await world.ActorAsync(MentoringWorld.TeacherB);

        var goalByMentee = await commands.AddGoalAsync(mentee, id, "Своя цель");
        var heldByOther = await commands.MarkMeetingHeldAsync(await world.ActorAsync(MentoringWorld.TeacherD), id, meeting, null);
        var heldByMentee = await commands.MarkMeetingHeldAsync(mentee, id, meeting, "Урок разобран");

        Assert.Equal(ScopedOutcome.Forbidden, goalByMentee.Outcome);
        Assert.Equal(ScopedOutcome.NotFound, heldByOther.Outcome);
        Assert.True(heldByMentee.Succeeded, heldByMentee.Message);
        Assert.False(heldByMentee.Value!.CanManage);
        Assert.True(heldByMentee.Value.Meetings.Single().Held);
    }
}
