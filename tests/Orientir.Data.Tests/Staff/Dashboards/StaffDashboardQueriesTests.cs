using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Staff.Dashboards;
using Orientir.Domain.Staff;
using Orientir.Testing;
using static Orientir.Data.Tests.Staff.Dashboards.StaffViewsWorld;

namespace Orientir.Data.Tests.Staff.Dashboards;

public class StaffDashboardQueriesTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_region_summary_counts_teachers_deficits_routes_and_mentoring_coverage_of_the_newest_measured_year(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var summary = (await world.Queries.SummaryAsync(await world.ActorAsync(Methodologist))).Value!;

        Assert.Equal(2025, summary.Year);
        Assert.Equal([2025, 2024], summary.Years);
        Assert.Equal(StaffScopeKind.Region, summary.Kind);
        var f = summary.Figures;
        Assert.Equal((5, 4, 3), (f.Teachers, f.TeachersMeasured, f.TeachersWithDeficit));
        Assert.Equal((1, 0, 0, 1, 2), (f.RoutesProposed, f.RoutesApproved, f.RoutesCompleted, f.StepsDone, f.StepsTotal));
        Assert.Equal((0, 0, 1), (f.DeficitsClosed, f.DeficitsPersisting, f.DeficitsNotMeasured));
        // T1, T3, T5 are young; only T1 is a mentee of an active group (T5's group is completed).
        Assert.Equal((3, 1), (f.YoungTeachers, f.YoungMentees));
        Assert.Equal(33.3, f.MentoringCoverage);

        Assert.Equal(["METH", "SUBJ"], summary.ByCompetence.Select(c => c.Code));
        var meth = summary.ByCompetence[0];
        Assert.Equal(("Методические: проектирование и проведение урока", 4, 2, 50.0), (meth.Name, meth.TeachersMeasured, meth.TeachersWithDeficit, meth.Share));
        Assert.Equal([("MA", "2.1", 1, 1), ("RU", "1.1", 1, 1)], summary.BySkill.Select(s => (s.Subject, s.Code, s.TeachersMeasured, s.TeachersWithDeficit)));

        Assert.Equal(["M01", "M02"], summary.Units.Select(u => u.Code));
        var m01 = summary.Units[0].Figures;
        Assert.Equal((3, 3, 2, 2, 1), (m01.Teachers, m01.TeachersMeasured, m01.TeachersWithDeficit, m01.YoungTeachers, m01.YoungMentees));
        var m02 = summary.Units[1].Figures;
        Assert.Equal((2, 1, 1, 1, 0), (m02.Teachers, m02.TeachersMeasured, m02.TeachersWithDeficit, m02.YoungTeachers, m02.YoungMentees));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_routes_deficits_are_closed_persisting_or_not_measured_by_the_later_measurements(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var f = (await world.Queries.SummaryAsync(await world.ActorAsync(Methodologist), 2024)).Value!.Figures;

        Assert.Equal((1, 1, 1), (f.TeachersMeasured, f.TeachersWithDeficit, f.RoutesApproved));
        Assert.Equal((2, 2), (f.StepsDone, f.StepsTotal));
        // METH is no longer a deficit in 2025, MA 2.1 still is, DIGITAL was not measured again.
        Assert.Equal((1, 1, 1), (f.DeficitsClosed, f.DeficitsPersisting, f.DeficitsNotMeasured));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_municipal_officer_sees_their_municipality_by_school_and_not_another(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var officer = await world.ActorAsync(OfficerM01);

        var summary = (await world.Queries.SummaryAsync(officer)).Value!;
        Assert.Equal((StaffScopeKind.Municipality, "M01"), (summary.Kind, summary.Code));
        Assert.Equal(3, summary.Figures.Teachers);
        Assert.Equal([("edu0101", 2), ("edu0102", 1)], summary.Units.Select(u => (u.Code, u.Figures.Teachers)));
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries.SummaryAsync(officer, municipalityCode: "M02")).Outcome);

        var m02 = (await world.Queries.SummaryAsync(await world.ActorAsync(Methodologist), municipalityCode: "M02")).Value!;
        Assert.Equal((2, 1), (m02.Figures.Teachers, m02.Figures.TeachersWithDeficit));

        Assert.True((await world.Queries.TeacherAsync(officer, "T3")).Succeeded);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries.TeacherAsync(officer, "T4")).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries.SchoolTeachersAsync(officer, "edu0201")).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_school_leader_sees_only_their_schools_teachers_with_deficits_routes_and_mentoring_roles(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var leader = await world.ActorAsync(Leader0101);

        var school = (await world.Queries.SchoolTeachersAsync(leader, "edu0101")).Value!;
        Assert.Equal(2025, school.Year);
        Assert.Equal(["T1", "T2"], school.Teachers.Select(t => t.Code));
        var t1 = school.Teachers[0];
        Assert.True(t1.Young);
        Assert.Equal(["1.1", "METH"], t1.DeficitCodes);
        Assert.Equal((RouteStatus.Proposed, MentoringRole.Mentee), (t1.RouteStatus, t1.Mentoring));
        var t2 = school.Teachers[1];
        Assert.Equal((0, (RouteStatus?)null, MentoringRole.Mentor, false), (t2.Deficits, t2.RouteStatus, t2.Mentoring, t2.Young));

        var summary = (await world.Queries.SummaryAsync(leader)).Value!;
        Assert.Equal((StaffScopeKind.Schools, "edu0101", 2), (summary.Kind, summary.Code, summary.Figures.Teachers));
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries.SchoolTeachersAsync(leader, "edu0102")).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries.TeacherAsync(leader, "T3")).Outcome);
        Assert.True((await world.Queries.TeacherAsync(leader, "T2")).Succeeded);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_teacher_sees_only_themself_with_deficits_first_and_their_evidence(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var teacher = await world.ActorAsync(TeacherT1);

        var me = (await world.Queries.MeAsync(teacher)).Value!;
        Assert.Equal(("T1", "edu0101", true, MentoringRole.Mentee), (me.Code, me.SchoolCode, me.Young, me.Mentoring));
        var year = Assert.Single(me.Years);
        Assert.Equal([true, true, false], year.Measurements.Select(m => m.IsDeficit));
        var meth = year.Deficits.Single(m => m.Code == "METH");
        Assert.Equal("Методические: проектирование и проведение урока", meth.Name);
        Assert.Equal([("score", 4.0), ("max_score", 10.0), ("percent", 40.0), ("level", 50.0)], meth.Evidence.Select(e => (e.Key, e.Value)));
        Assert.Equal(25.0, year.Deficits.Single(m => m.Code == "1.1").Evidence.Single(e => e.Key == "gap").Value);
        Assert.Equal(("5А", "RU"), (me.Classes.Single().ClassLabel, me.Classes.Single().Subject));
        Assert.Equal(40.0, me.Diagnostics.Single().Percent);

        Assert.Equal("T1", (await world.Queries.TeacherAsync(teacher, "T1")).Value!.Code);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries.TeacherAsync(teacher, "T2")).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries.SchoolTeachersAsync(teacher, "edu0101")).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Queries.SummaryAsync(teacher)).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_account_without_a_teacher_record_is_told_so_on_its_own_page(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var none = await world.Queries.MeAsync(await world.ActorAsync(TeacherWithoutRecord));
        Assert.Equal((ScopedOutcome.Forbidden, StaffDashboardQueries.NoTeacherRecord), (none.Outcome, none.Message));
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Queries.MeAsync(await world.ActorAsync(Methodologist))).Outcome);
    }
}
