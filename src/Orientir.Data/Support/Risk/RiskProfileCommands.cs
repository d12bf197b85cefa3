using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support;
using Orientir.Analytics.Support.Risk;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Audit;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Risk;

/// <summary>One answer of the questionnaire: the question's id and 1 (нет) … 4 (да).</summary>
public sealed record RiskAnswerInput(int QuestionId, int Value);

/// <summary>
/// Writing a school's risk profile: only the leader of that school (<see cref="SupportActor.WritesFor"/>); the profile of
/// a year is created by the first write with the data levels of that moment. Changing answers or priorities of a
/// confirmed profile makes it unconfirmed again, so that what the curator sees as confirmed is what was confirmed.
/// </summary>
public sealed class RiskProfileCommands(OrientirDbContext db, TimeProvider time)
{
    public const string AnswersAction = "support.risk.answers";
    public const string RefreshAction = "support.risk.refresh";
    public const string PrioritiesAction = "support.risk.priorities";
    public const string SubmitAction = "support.risk.submit";

    public Task<ScopedResult<RiskProfileView>> SaveAnswersAsync(SupportActor actor, string code, int year, IReadOnlyList<RiskAnswerInput> answers,
        CancellationToken cancellationToken = default) =>
        WriteAsync(actor, code, year, async (profile, settings) =>
        {
            var questions = await db.RiskQuestions.AsNoTracking().Select(q => q.Id).ToListAsync(cancellationToken);
            if (answers.FirstOrDefault(a => !questions.Contains(a.QuestionId)) is { } unknown)
                return $"Ответы: нет вопроса {unknown.QuestionId}.";
            if (answers.FirstOrDefault(a => a.Value is < 1 or > 4) is { } bad)
                return $"Ответ на вопрос {bad.QuestionId}: значение от 1 до 4.";
            if (answers.GroupBy(a => a.QuestionId).FirstOrDefault(g => g.Count() > 1) is { } twice)
                return $"Ответы: вопрос {twice.Key} указан дважды.";
            var stored = await db.RiskAnswers.Where(a => a.ProfileId == profile.Id).ToDictionaryAsync(a => a.QuestionId, cancellationToken);
            foreach (var answer in answers)
                if (stored.TryGetValue(answer.QuestionId, out var row)) row.Value = answer.Value;
                else db.RiskAnswers.Add(new RiskAnswer { ProfileId = profile.Id, QuestionId = answer.QuestionId, Value = answer.Value });
            await db.SaveChangesAsync(cancellationToken);
            await RecomputeAsync(profile, settings, cancellationToken);
            profile.SubmittedAtUtc = null;
            Audit(actor, AnswersAction, profile, $"answers={answers.Count}");
            return null;
        }, cancellationToken);

    /// <summary>Reads the data levels again (after new results or a new run).</summary>
    public Task<ScopedResult<RiskProfileView>> RefreshAsync(SupportActor actor, string code, int year, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, code, year, async (profile, settings) =>
        {
            await RefreshDataAsync(profile, settings, cancellationToken);
            Audit(actor, RefreshAction, profile, "");
            return null;
        }, cancellationToken);

    /// <summary>Makes exactly <paramref name="factors"/> the priority risks: at most the configured number, each with a level.</summary>
    public Task<ScopedResult<RiskProfileView>> SetPrioritiesAsync(SupportActor actor, string code, int year, IReadOnlyList<string> factors,
        CancellationToken cancellationToken = default) =>
        WriteAsync(actor, code, year, async (profile, settings) =>
        {
            var chosen = factors.Distinct(StringComparer.Ordinal).ToList();
            if (chosen.Count > settings.MaxPriorityRisks)
                return $"Приоритетные риски: не больше {settings.MaxPriorityRisks}.";
            var rows = await db.RiskProfileFactors.Where(f => f.ProfileId == profile.Id).ToListAsync(cancellationToken);
            var names = await db.RiskFactors.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, cancellationToken);
            if (chosen.FirstOrDefault(c => !names.ContainsKey(c)) is { } unknown)
                return $"Приоритетные риски: нет фактора «{unknown}».";
            if (chosen.FirstOrDefault(c => rows.SingleOrDefault(r => r.FactorCode == c)?.Level is null) is { } unleveled)
                return $"Приоритетные риски: у фактора «{names[unleveled]}» нет уровня — ответьте на его вопросы анкеты.";
            foreach (var row in rows) row.Priority = chosen.Contains(row.FactorCode);
            profile.SubmittedAtUtc = null;
            Audit(actor, PrioritiesAction, profile, $"factors={string.Join(',', chosen)}");
            return null;
        }, cancellationToken);

    /// <summary>Confirms the profile: every question answered and at least one priority risk chosen.</summary>
    public Task<ScopedResult<RiskProfileView>> SubmitAsync(SupportActor actor, string code, int year, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, code, year, async (profile, _) =>
        {
            var questions = await db.RiskQuestions.CountAsync(cancellationToken);
            var answered = await db.RiskAnswers.CountAsync(a => a.ProfileId == profile.Id, cancellationToken);
            if (answered < questions) return $"Анкета: ответьте на все вопросы (без ответа: {questions - answered}).";
            if (!await db.RiskProfileFactors.AnyAsync(f => f.ProfileId == profile.Id && f.Priority, cancellationToken))
                return "Приоритетные риски: выберите хотя бы один.";
            profile.SubmittedAtUtc = time.GetUtcNow().UtcDateTime;
            Audit(actor, SubmitAction, profile, "");
            return null;
        }, cancellationToken);

    // Resolves the school and the writer, creates the profile on the first write, runs the change (a Russian message
    // rejects it and nothing is kept) and saves it in one transaction.
    private async Task<ScopedResult<RiskProfileView>> WriteAsync(SupportActor actor, string code, int year,
        Func<RiskProfile, RiskProfileSettings, Task<string?>> change, CancellationToken cancellationToken)
    {
        var schoolId = await new SupportAccess(db).VisibleSchoolIdAsync(actor, code, cancellationToken);
        if (schoolId is null) return ScopedResult<RiskProfileView>.NotFound();
        if (!actor.WritesFor(schoolId.Value))
            return ScopedResult<RiskProfileView>.Forbidden("Рисковый профиль заполняет руководитель школы.");
        if (year is < 2000 or > 2100) return ScopedResult<RiskProfileView>.Invalid("Год: укажите год программы, например 2026.");
        var settings = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.SupportRisk;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var profile = await db.RiskProfiles.SingleOrDefaultAsync(p => p.SchoolId == schoolId && p.Year == year, cancellationToken);
        if (profile is null)
        {
            profile = new RiskProfile { SchoolId = schoolId.Value, Year = year };
            db.RiskProfiles.Add(profile);
            await db.SaveChangesAsync(cancellationToken);
            await RefreshDataAsync(profile, settings, cancellationToken);
        }
        if (await change(profile, settings) is { } problem)
        {
            db.ChangeTracker.Clear();
            return ScopedResult<RiskProfileView>.Invalid(problem);
        }
        profile.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        profile.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ScopedResult<RiskProfileView>.Ok(await new RiskProfileQueries(db).ViewAsync(actor, schoolId.Value, code, year, cancellationToken));
    }

    private async Task RefreshDataAsync(RiskProfile profile, RiskProfileSettings settings, CancellationToken cancellationToken)
    {
        var data = await RiskDataLevels.ForSchoolAsync(db, profile.SchoolId, profile.Year, settings, cancellationToken);
        var rows = await RowsAsync(profile, cancellationToken);
        foreach (var row in rows)
        {
            var level = data.GetValueOrDefault(row.FactorCode);
            row.DataLevel = level?.Level;
            row.DataEvidenceJson = RiskDataLevels.Write(level?.Evidence ?? []);
            row.Level = RiskLevels.InForce(row.DataLevel, row.SelfLevel);
            // A priority needs a level; one that lost it (the data changed and nothing was answered) stops being one.
            if (row.Level is null) row.Priority = false;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecomputeAsync(RiskProfile profile, RiskProfileSettings settings, CancellationToken cancellationToken)
    {
        var answers = await (from a in db.RiskAnswers.AsNoTracking()
                             where a.ProfileId == profile.Id
                             join q in db.RiskQuestions on a.QuestionId equals q.Id
                             select new { q.FactorCode, a.Value }).ToListAsync(cancellationToken);
        foreach (var row in await RowsAsync(profile, cancellationToken))
        {
            row.SelfLevel = RiskLevels.Self(answers.Where(a => a.FactorCode == row.FactorCode).Select(a => a.Value).ToList(), settings);
            row.Level = RiskLevels.InForce(row.DataLevel, row.SelfLevel);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    // Every factor of the common list has its row, created the first time it is needed.
    private async Task<List<RiskProfileFactor>> RowsAsync(RiskProfile profile, CancellationToken cancellationToken)
    {
        var rows = await db.RiskProfileFactors.Where(f => f.ProfileId == profile.Id).ToListAsync(cancellationToken);
        foreach (var code in await db.RiskFactors.AsNoTracking().Select(f => f.Code).ToListAsync(cancellationToken))
            if (rows.All(r => r.FactorCode != code))
            {
                var row = new RiskProfileFactor { ProfileId = profile.Id, FactorCode = code };
                db.RiskProfileFactors.Add(row);
                rows.Add(row);
            }
        return rows;
    }

    private void Audit(SupportActor actor, string action, RiskProfile profile, string details) =>
        db.Audit.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, actor.UserName, action,
            $"school={profile.SchoolId} year={profile.Year} {details}".TrimEnd()));
}
