using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Staff.Routes;
using Orientir.Data.Tests.Support;
using Orientir.Data.Tests.Support.Lists;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Routes;

public class RouteProposalTests
{
    [Theory]
    [InlineData("MA4.3", "MA4.3", true)]
    [InlineData("MA4", "MA4.3", true)]
    [InlineData("MA", "MA4.3", true)]
    [InlineData("MA4", "MA41", false)]
    [InlineData("MA", "MAX", false)]
    [InlineData("MA4.31", "MA4.3", false)]
    [InlineData("METH", "METHX", false)]
    [InlineData("", "MA4.3", false)]
    public void A_target_addresses_the_same_code_a_subjects_skills_or_the_skills_under_a_prefix(string target, string code, bool matches) =>
        Assert.Equal(matches, TargetMatch.Matches(target, code));

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Courses_are_the_most_specific_active_programmes_then_the_shortest_one_step_per_programme(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        await world.RouteAsync();
        var courses = (await world.CurrentAsync()).Steps.Where(s => s.Kind == RouteStepKind.Course).ToList();

        // METH: P6 (24 h) and P2 (36 h) before P7 (48 h); MA4.3: P3 (its own code) then P2 (MA4), not P1 (MA) nor the inactive P4.
        Assert.Equal(["P2", "P3", "P6"], courses.Select(c => world.Programmes.Single(p => p.Value == c.Programme!.Id).Key).Order());
        var shared = courses.Single(c => c.Programme!.Id == world.Programmes["P2"]);
        Assert.Equal(["MA4.3", "METH"], shared.DeficitCodes.Order());
        Assert.Equal("Формирующее оценивание на уроках математики", shared.Title);
        Assert.Equal(("ИРО", 36, "R-36"), (shared.Programme!.Provider, shared.Programme.Hours, shared.Programme.RegistryNumber));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_mentor_is_an_experienced_categorised_colleague_of_the_school_without_the_deficit_with_the_best_value(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        await world.RouteAsync();
        var mentors = (await world.CurrentAsync()).Steps.Where(s => s.Kind == RouteStepKind.Mentoring).ToList();

        // MA4.3: T0002 (80 %) over T0003 (70 %); T0004 (99 %) has no category, T0005 (99 %) is of another school. METH: T0003 (95 %).
        // PSY: every candidate, in the school and in the municipality, has the deficit too.
        Assert.Equal(2, mentors.Count);
        Assert.Equal(["MA4.3"], mentors.Single(m => m.Mentor!.Code == "T0002").DeficitCodes);
        Assert.Equal(["METH"], mentors.Single(m => m.Mentor!.Code == "T0003").DeficitCodes);
        Assert.All(mentors, m => Assert.Equal(world.Support.Db.Schools.Single(s => s.Code == "edu0101").Name, m.Mentor!.SchoolName));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Without_a_mentor_in_the_school_one_comes_from_the_municipality(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var db = world.Db;
        await db.Teachers.Where(t => t.Code == "T0002" || t.Code == "T0003").ExecuteUpdateAsync(u => u.SetProperty(t => t.ExperienceYears, 1));
        await world.RouteAsync();
        var mentor = (await world.CurrentAsync()).Steps.Single(s => s.Kind == RouteStepKind.Mentoring);

        Assert.Equal("T0005", mentor.Mentor!.Code);
        // T0005 has no METH measurement at all: nothing says it is a deficit of theirs. PSY is.
        Assert.Equal(["MA4.3", "METH"], mentor.DeficitCodes.Order());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_results_deficit_gets_an_internship_at_the_strongest_other_school_and_the_subjects_methodical_association(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        await world.RouteAsync();
        var steps = (await world.CurrentAsync()).Steps;

        var internship = steps.Single(s => s.Kind == RouteStepKind.Internship);
        var host = await world.Db.Schools.SingleAsync(s => s.Code == "edu0102");
        Assert.Equal(host.Name, internship.HostSchoolName);
        Assert.Equal(["MA4.3"], internship.DeficitCodes);
        var association = steps.Single(s => s.Kind == RouteStepKind.MethodicalAssociation);
        var municipality = await world.Db.Municipalities.SingleAsync(m => m.Id == host.MunicipalityId);
        Assert.Equal($"Методическое объединение учителей предмета «Математика» ({municipality.Name})", association.Title);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_deficit_nothing_addresses_gets_self_study_and_every_deadline_is_today_plus_the_step_months(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var saved = await world.RouteAsync();
        var route = await world.CurrentAsync();

        Assert.Equal((RouteStatus.Proposed, 2025), (saved.Status, saved.Year));
        var selfStudy = route.Steps.Single(s => s.Kind == RouteStepKind.SelfStudy);
        Assert.Equal(["PSY"], selfStudy.DeficitCodes);
        Assert.StartsWith("Самообразование: ", selfStudy.Title);
        Assert.All(route.Deficits, d => Assert.Contains(route.Steps, s => s.DeficitCodes.Contains(d.Code)));
        Assert.All(route.Steps, s => Assert.Equal(new DateOnly(2026, 5, 23), s.Deadline));
        Assert.Equal(Enumerable.Range(1, route.Steps.Count), route.Steps.Select(s => s.Order));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_deficits_of_the_newest_year_are_snapshotted_with_their_numbers_and_the_proposal_is_audited(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        await world.RouteAsync();
        var route = await world.CurrentAsync();

        Assert.Equal(["MA4.3", "METH", "PSY"], route.Deficits.Select(d => d.Code).Order());
        var results = route.Deficits.Single(d => d.Code == "MA4.3");
        Assert.Equal((MeasurementSource.Results, "MA", 2025, 40.0, 60.0), (results.Source, results.Subject, results.Year, results.Value, results.Reference));
        Assert.Equal("[{\"Key\":\"value\",\"Value\":\"40\"}]", (await world.Db.RouteDeficits.SingleAsync(d => d.Code == "MA4.3")).EvidenceJson);
        var audit = await world.Db.Audit.SingleAsync(a => a.Action == "staff.route.propose");
        Assert.Contains("teacher=T0001", audit.Details);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_year_without_deficits_and_a_second_open_route_are_refused_in_russian(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var methodologist = await world.ActorAsync(RoutesWorld.Methodologist);

        var none = await world.Commands().ProposeAsync(methodologist, "T0006");
        Assert.Equal(ScopedOutcome.Invalid, none.Outcome);
        Assert.Equal("Год: у педагога нет выявленных дефицитов за 2025 год.", none.Message);

        await world.RouteAsync();
        var again = await world.Commands().ProposeAsync(methodologist, "T0001", 2024);
        Assert.Equal(ScopedOutcome.Invalid, again.Outcome);
        Assert.Contains("незавершённый маршрут", again.Message);
        Assert.Equal(1, await world.Db.IndividualRoutes.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_leader_of_the_teachers_school_may_propose_another_leader_does_not_see_the_teacher_and_a_teacher_may_not(
        DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);

        var other = await world.Commands().ProposeAsync(await world.ActorAsync(SupportWorld.Leader0201), "T0001");
        Assert.Equal(ScopedOutcome.NotFound, other.Outcome);
        var self = await world.Commands().ProposeAsync(await world.ActorAsync(RoutesWorld.Teacher), "T0001");
        Assert.Equal(ScopedOutcome.Forbidden, self.Outcome);
        var leader = await world.Commands().ProposeAsync(await world.ActorAsync(SupportWorld.Leader0101), "T0001");
        Assert.Equal(RouteStatus.Proposed, leader.Value().Status);
        Assert.Equal(SupportWorld.Leader0101, (await world.CurrentAsync()).CreatedBy);
    }
}
