using Orientir.Data.Access;
using Orientir.Data.Database;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Support;
using Orientir.Data.Support.Documents;
using Orientir.Domain.Results;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Documents;

public class DocumentValidationTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Returning_a_document_needs_a_comment(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        await world.Commands().UpdateAsync(leader, id, await world.ContentAsync());
        await world.Review().SubmitAsync(leader, id);

        var result = await world.Review().ReviewAsync(await world.ActorAsync(SupportWorld.CuratorA), id, new ReviewInput("Returned", "  "));
        Assert.Equal(ScopedOutcome.Invalid, result.Outcome);
        Assert.StartsWith("Комментарий", result.Message);
        Assert.Equal(DocumentStatus.Submitted, (await world.Queries().DocumentAsync(leader, id)).Value!.Status);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_anti_risk_programme_needs_a_priority_risk_and_a_school_on_the_approved_list(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var notPriority = await world.Commands().CreateAsync(leader, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "AntiRiskProgramme", DocumentsWorld.OtherRisk));
        Assert.Equal(ScopedOutcome.Invalid, notPriority.Outcome);
        Assert.Contains("не отмечен приоритетным", notPriority.Message);
        Assert.Equal(ScopedOutcome.Invalid, (await world.Commands().CreateAsync(leader, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "AntiRiskProgramme", null))).Outcome);
        var otherYear = await world.Commands().CreateAsync(leader, "edu0101", new CreateDocumentInput(2024, "Concept", null));
        Assert.Contains("не входит в утверждённый список", otherYear.Message);
        Assert.False(await world.World.Db.SupportDocuments.AnyAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_student_code_that_is_not_a_participant_of_the_school_is_refused(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        var content = await world.ContentAsync();
        var name = await world.Commands().UpdateAsync(leader, id, content with { Students = [new RiskStudentInput("Иванов Иван", "Занятия")] });
        Assert.Equal(ScopedOutcome.Invalid, name.Outcome);
        Assert.StartsWith("Обучающийся 1:", name.Message);
        var foreign = await world.Commands().UpdateAsync(leader, id, content with { Students = [new RiskStudentInput(await world.ParticipantOfAsync("edu0201"), "Занятия")] });
        Assert.Equal(ScopedOutcome.Invalid, foreign.Outcome);
        Assert.False(await world.World.Db.RiskStudents.AnyAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Rows_are_checked_field_by_field_with_messages_naming_the_row(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        var content = await world.ContentAsync();
        var good = content.Measures![0];

        var noDeadline = await world.Commands().UpdateAsync(leader, id, content with { Measures = [good, good with { Deadline = "" }] });
        Assert.Equal("Мероприятие 2: не указан срок.", noDeadline.Message);
        var badTarget = await world.Commands().UpdateAsync(leader, id, content with { Indicators = [content.Indicators![0] with { Target = "много" }] });
        Assert.Equal("Показатель 1: целевое значение не число.", badTarget.Message);
        var badSystem = await world.Commands().UpdateAsync(leader, id, content with { Indicators = [new IndicatorInput(null, null, null, true, null, "5", "share2:Nope:MA:5")] });
        Assert.StartsWith("Показатель 1: неизвестный системный показатель", badSystem.Message);
        var incomplete = await world.Review().SubmitAsync(leader, id);
        Assert.StartsWith("Цель:", incomplete.Message);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_system_indicator_takes_its_baseline_from_the_school_and_refuses_a_typed_value(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        var option = (await world.Queries().SystemIndicatorOptionsAsync(leader, "edu0101", DocumentsWorld.Year)).Value!.First(o => o.Value is not null);

        var content = await world.ContentAsync();
        Assert.True((await world.Commands().UpdateAsync(leader, id, content with { Indicators = [new IndicatorInput(null, null, null, true, null, "1", option.Code)] })).Succeeded);
        var indicator = (await world.Queries().DocumentAsync(leader, id)).Value!.Indicators.Single();
        Assert.Equal((option.Value!.Value, option.Name, option.HigherIsBetter), (indicator.Baseline, indicator.Name, indicator.HigherIsBetter));
        var typed = await world.Progress().MeasureIndicatorAsync(leader, indicator.Id, new IndicatorMeasureInput("3"));
        Assert.Equal(ScopedOutcome.Invalid, typed.Outcome);
        Assert.Contains("системный", typed.Message);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_medium_term_programme_runs_one_to_two_years(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = (await world.Commands().CreateAsync(leader, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "MediumTermProgramme", null))).Value;
        var content = await world.ContentAsync();
        var tooLong = await world.Commands().UpdateAsync(leader, id, content with { PeriodFrom = "01.09.2025", PeriodTo = "31.08.2028" });
        Assert.StartsWith("Период:", tooLong.Message);
        Assert.True((await world.Commands().UpdateAsync(leader, id, content with { PeriodFrom = "2025-09-01", PeriodTo = "31.08.2026" })).Succeeded);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Students_at_risk_are_suggested_from_participants_marked_two_in_the_programme_year(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var sample = await world.World.Db.Works.FirstAsync(w => w.SchoolId == world.School0101);
        world.World.Db.Works.Add(new StudentWork(sample.ProcedureId, world.School0101, "RISK-001", null, "4А", "1", 2, [0, 0, 0, 0], 0, 2, sample.ImportBatchId));
        await world.World.Db.SaveChangesAsync();
        var expected = await world.World.Db.Works.Where(w => w.SchoolId == world.School0101 && w.Mark == 2)
            .Join(world.World.Db.Procedures.Where(p => p.Year == DocumentsWorld.Year), w => w.ProcedureId, p => p.Id, (w, p) => w.Participant)
            .Distinct().ToListAsync();

        var suggested = (await world.Queries().StudentSuggestionsAsync(leader, "edu0101", DocumentsWorld.Year)).Value!;
        Assert.Equal(expected.Order(StringComparer.Ordinal), suggested);
        Assert.Contains("RISK-001", suggested);
        Assert.Empty((await world.Queries().StudentSuggestionsAsync(leader, "edu0101", DocumentsWorld.Year - 1)).Value!);
    }
}
