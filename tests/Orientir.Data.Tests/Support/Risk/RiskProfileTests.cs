using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support.Risk;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Data.Support;
using Orientir.Data.Support.Risk;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Risk;

public class RiskProfileTests
{
    private static RiskProfileCommands Commands(SupportWorld world) => new(world.Db, TimeProvider.System);

    private static IReadOnlyList<RiskAnswerInput> AnswersOf(string factor, params int[] values) =>
        RiskReferenceData.Questions.Where(q => q.FactorCode == factor).Zip(values, (q, v) => new RiskAnswerInput(q.Id, v)).ToList();

    private static IReadOnlyList<RiskAnswerInput> AllAnswered(int value) =>
        RiskReferenceData.Questions.Select(q => new RiskAnswerInput(q.Id, value)).ToList();

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_leader_writes_the_own_profile_and_self_levels_follow_the_answers(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var answers = AnswersOf(RiskReferenceData.Equipment, 4, 3).Concat(AnswersOf(RiskReferenceData.Adaptivity, 3, 2))
            .Concat(AnswersOf(RiskReferenceData.Motivation, 1, 2)).ToList();

        var result = await Commands(world).SaveAnswersAsync(leader, "edu0101", 2025, answers);

        Assert.True(result.Succeeded, result.Message);
        var profile = result.Value!;
        Assert.True(profile.Saved);
        Assert.True(profile.CanEdit);
        Assert.Equal(11, profile.Factors.Count);
        Assert.Equal(RiskReferenceData.Factors.Select(f => f.Code), profile.Factors.Select(f => f.Code));
        var equipment = profile.Factors.Single(f => f.Code == RiskReferenceData.Equipment);
        Assert.Equal(RiskLevel.High, equipment.SelfLevel); // mean 3.5
        Assert.Equal(RiskLevel.High, equipment.Level);
        Assert.Null(equipment.DataLevel);
        Assert.Equal([4, 3], equipment.Questions.Select(q => q.Value));
        Assert.Equal(RiskLevel.Medium, profile.Factors.Single(f => f.Code == RiskReferenceData.Adaptivity).SelfLevel); // mean 2.5
        Assert.Equal(RiskLevel.Low, profile.Factors.Single(f => f.Code == RiskReferenceData.Motivation).SelfLevel); // mean 1.5
        Assert.Null(profile.Factors.Single(f => f.Code == RiskReferenceData.Staffing).Level);
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == RiskProfileCommands.AnswersAction && a.UserName == SupportWorld.Leader0101));

        // Answering again replaces the answer, it does not add one.
        var again = await Commands(world).SaveAnswersAsync(leader, "edu0101", 2025, AnswersOf(RiskReferenceData.Equipment, 1, 1));
        Assert.Equal(RiskLevel.Low, again.Value!.Factors.Single(f => f.Code == RiskReferenceData.Equipment).SelfLevel);
        Assert.Equal(6, await world.Db.RiskAnswers.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_leader_of_another_school_finds_no_profile_and_cannot_write_it(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var other = await world.ActorAsync(SupportWorld.Leader0201);

        Assert.Equal(ScopedOutcome.NotFound, (await new RiskProfileQueries(world.Db).GetAsync(other, "edu0101", 2025)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await Commands(world).SaveAnswersAsync(other, "edu0101", 2025, AllAnswered(2))).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await Commands(world).SetPrioritiesAsync(other, "edu0101", 2025, [])).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await Commands(world).SubmitAsync(other, "edu0101", 2025)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await Commands(world).RefreshAsync(other, "edu0101", 2025)).Outcome);
        Assert.Empty(world.Db.RiskProfiles);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_curator_an_officer_and_the_analyst_read_the_profile_but_may_not_write_it(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        world.Db.CuratorSchools.Add(new CuratorSchool { UserId = await world.UserIdAsync(SupportWorld.CuratorA), SchoolId = world.Schools["edu0101"], AssignedAtUtc = DateTime.UtcNow });
        await world.Db.SaveChangesAsync();
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        Assert.True((await Commands(world).SaveAnswersAsync(leader, "edu0101", 2025, AnswersOf(RiskReferenceData.Equipment, 4, 4))).Succeeded);

        foreach (var email in new[] { SupportWorld.CuratorA, SupportWorld.OfficerM01, SupportWorld.Analyst })
        {
            var reader = await world.ActorAsync(email);
            var read = await new RiskProfileQueries(world.Db).GetAsync(reader, "edu0101", 2025);
            Assert.True(read.Succeeded, email);
            Assert.False(read.Value!.CanEdit);
            Assert.Equal(RiskLevel.High, read.Value.Factors.Single(f => f.Code == RiskReferenceData.Equipment).Level);
            Assert.Equal(ScopedOutcome.Forbidden, (await Commands(world).SaveAnswersAsync(reader, "edu0101", 2025, AllAnswered(1))).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await Commands(world).SetPrioritiesAsync(reader, "edu0101", 2025, [RiskReferenceData.Equipment])).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await Commands(world).SubmitAsync(reader, "edu0101", 2025)).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await Commands(world).RefreshAsync(reader, "edu0101", 2025)).Outcome);
        }
        Assert.Equal(2, await world.Db.RiskAnswers.CountAsync(a => a.Value == 4));
        Assert.Equal(0, await world.Db.RiskAnswers.CountAsync(a => a.Value == 1));
        // The curator of another school does not see this one at all.
        var curatorB = await world.ActorAsync(SupportWorld.CuratorB);
        Assert.Equal(ScopedOutcome.NotFound, (await new RiskProfileQueries(world.Db).GetAsync(curatorB, "edu0101", 2025)).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Priorities_are_at_most_the_configured_number_of_factors_with_a_level_and_submit_needs_a_complete_profile(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var commands = Commands(world);
        Assert.True((await commands.SaveAnswersAsync(leader, "edu0101", 2025, AnswersOf(RiskReferenceData.Equipment, 4, 4))).Succeeded);

        var submitEarly = await commands.SubmitAsync(leader, "edu0101", 2025);
        Assert.Equal(ScopedOutcome.Invalid, submitEarly.Outcome);
        Assert.Contains("Анкета", submitEarly.Message);

        Assert.True((await commands.SaveAnswersAsync(leader, "edu0101", 2025, AllAnswered(3))).Succeeded);
        var four = await commands.SetPrioritiesAsync(leader, "edu0101", 2025,
            [RiskReferenceData.Equipment, RiskReferenceData.Staffing, RiskReferenceData.Motivation, RiskReferenceData.Adaptivity]);
        Assert.Equal(ScopedOutcome.Invalid, four.Outcome);
        Assert.Contains("не больше 3", four.Message);
        var unknown = await commands.SetPrioritiesAsync(leader, "edu0101", 2025, ["nope"]);
        Assert.Equal(ScopedOutcome.Invalid, unknown.Outcome);
        Assert.Equal(ScopedOutcome.Invalid, (await commands.SaveAnswersAsync(leader, "edu0101", 2025, [new RiskAnswerInput(1, 5)])).Outcome);

        var noPriority = await commands.SubmitAsync(leader, "edu0101", 2025);
        Assert.Contains("Приоритетные риски", noPriority.Message);
        var three = await commands.SetPrioritiesAsync(leader, "edu0101", 2025, [RiskReferenceData.Equipment, RiskReferenceData.Staffing, RiskReferenceData.Motivation]);
        Assert.True(three.Succeeded, three.Message);
        Assert.Equal([RiskReferenceData.Equipment, RiskReferenceData.Staffing, RiskReferenceData.Motivation],
            three.Value!.Factors.Where(f => f.Priority).Select(f => f.Code));
        var submitted = await commands.SubmitAsync(leader, "edu0101", 2025);
        Assert.True(submitted.Succeeded, submitted.Message);
        Assert.NotNull(submitted.Value!.SubmittedAtUtc);
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == RiskProfileCommands.SubmitAction));
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == RiskProfileCommands.PrioritiesAction));

        // A changed answer makes the confirmed profile a draft again.
        var changed = await commands.SaveAnswersAsync(leader, "edu0101", 2025, AnswersOf(RiskReferenceData.Equipment, 1, 1));
        Assert.Null(changed.Value!.SubmittedAtUtc);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Data_levels_come_from_the_region_percentiles_and_the_published_effect(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var methodology = await new MethodologyStore(world.Db).CurrentAsync();
        await new MethodologyStore(world.Db).SaveAsync(methodology.Settings with { SupportRisk = methodology.Settings.SupportRisk with { MinimumWorks = 1 } }, "test", "analyst");
        var entry = await world.Db.SchoolAnalysisEntries.SingleAsync(e => e.RunId == world.RunId && e.SchoolId == world.Schools["edu0101"]);
        entry.LevelEffect = -0.2;
        entry.LevelUpper = -0.05;
        await world.Db.SaveChangesAsync();
        var leader = await world.ActorAsync(SupportWorld.Leader0101);

        var before = await new RiskProfileQueries(world.Db).GetAsync(leader, "edu0101", 2025);
        Assert.False(before.Value!.Saved);
        var result = await Commands(world).RefreshAsync(leader, "edu0101", 2025);

        Assert.True(result.Succeeded, result.Message);
        var factors = result.Value!.Factors.ToDictionary(f => f.Code);
        // ОВЗ shares of the region 1, 1, 2.5, 5: edu0101's 2.5 is at percentile 2/3.
        var disabilities = factors[RiskReferenceData.Disabilities];
        Assert.Equal(RiskLevel.Medium, disabilities.DataLevel);
        Assert.Equal(RiskLevel.Medium, disabilities.Level);
        var evidence = disabilities.Evidence.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(2.5, evidence[EvidenceKeys.DisabilitiesShare]);
        Assert.Equal(1.8, evidence[EvidenceKeys.CutMedium(EvidenceKeys.DisabilitiesShare)]);
        Assert.Equal(3.5, evidence[EvidenceKeys.CutHigh(EvidenceKeys.DisabilitiesShare)]);
        Assert.Equal(0.67, evidence[EvidenceKeys.Percentile(EvidenceKeys.DisabilitiesShare)]);
        Assert.Equal(RiskLevel.Low, factors[RiskReferenceData.LanguageBarriers].DataLevel); // 1 of 1, 2, 4
        Assert.Equal(RiskLevel.High, factors[RiskReferenceData.TeacherCompetence].DataLevel);
        Assert.NotNull(factors[RiskReferenceData.StudentsAtRisk].DataLevel);
        Assert.Contains(factors[RiskReferenceData.StudentsAtRisk].Evidence, e => e.Key == EvidenceKeys.MarkedWorks);
        Assert.Contains(new Evidence(EvidenceKeys.ResultsYear, 2025), factors[RiskReferenceData.StudentsAtRisk].Evidence);
        var works = await world.Db.Works.Where(w => w.SchoolId == world.Schools["edu0101"] && w.Mark != null).ToListAsync();
        var students = works.GroupBy(w => w.Student ?? w.Participant).ToList();
        var studentEvidence = factors[RiskReferenceData.StudentsAtRisk].Evidence.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(works.Count, studentEvidence[EvidenceKeys.MarkedWorks]);
        Assert.Equal(Math.Round(100.0 * works.Count(w => w.Mark == 2) / works.Count, 1), studentEvidence[EvidenceKeys.TwosShare]);
        Assert.Equal(Math.Round(100.0 * students.Count(g => g.Any(w => w.Mark == 2)) / students.Count, 1), studentEvidence[EvidenceKeys.StudentsWithTwoShare]);
        // The list of 2026 is formed before 2026 results come in: its profile reads the newest results, 2025.
        var next = await new RiskProfileQueries(world.Db).GetAsync(leader, "edu0101", 2026);
        Assert.Contains(new Evidence(EvidenceKeys.ResultsYear, 2025), next.Value!.Factors.Single(f => f.Code == RiskReferenceData.StudentsAtRisk).Evidence);
        Assert.Null(factors[RiskReferenceData.Staffing].DataLevel);
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == RiskProfileCommands.RefreshAction));

        // A high self-assessment lifts a low data level: the higher of the two is in force.
        var lifted = await Commands(world).SaveAnswersAsync(leader, "edu0101", 2025, AnswersOf(RiskReferenceData.LanguageBarriers, 4, 4));
        var language = lifted.Value!.Factors.Single(f => f.Code == RiskReferenceData.LanguageBarriers);
        Assert.Equal((RiskLevel?)RiskLevel.Low, language.DataLevel);
        Assert.Equal(RiskLevel.High, language.Level);
    }
}
