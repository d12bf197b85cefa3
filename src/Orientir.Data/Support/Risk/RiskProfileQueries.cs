using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support.Risk;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Risk;

/// <summary>Reading risk profiles: anyone who sees the school (its leader, its curator, the municipal officer, the analyst).</summary>
public sealed class RiskProfileQueries(OrientirDbContext db)
{
    /// <summary>The 11 factors of the common list with their questions, as kept in the database.</summary>
    public async Task<IReadOnlyList<RiskFactorView>> FactorsAsync(CancellationToken cancellationToken = default)
    {
        var factors = await db.RiskFactors.AsNoTracking().OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var questions = await db.RiskQuestions.AsNoTracking().OrderBy(q => q.Order).ToListAsync(cancellationToken);
        return factors.Select(f => new RiskFactorView(f.Code, f.Name, f.Order,
            questions.Where(q => q.FactorCode == f.Code).Select(q => new RiskQuestionView(q.Id, q.Text, q.Order)).ToList())).ToList();
    }

    /// <summary>The profile of the school with <paramref name="code"/> in <paramref name="year"/>; NotFound out of scope.</summary>
    public async Task<ScopedResult<RiskProfileView>> GetAsync(SupportActor actor, string code, int year, CancellationToken cancellationToken = default)
    {
        var schoolId = await new SupportAccess(db).VisibleSchoolIdAsync(actor, code, cancellationToken);
        if (schoolId is null) return ScopedResult<RiskProfileView>.NotFound();
        return ScopedResult<RiskProfileView>.Ok(await ViewAsync(actor, schoolId.Value, code, year, cancellationToken));
    }

    internal async Task<RiskProfileView> ViewAsync(SupportActor actor, int schoolId, string code, int year, CancellationToken cancellationToken)
    {
        var settings = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.SupportRisk;
        var factors = await FactorsAsync(cancellationToken);
        var profile = await db.RiskProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.SchoolId == schoolId && p.Year == year, cancellationToken);
        var canEdit = actor.WritesFor(schoolId);
        if (profile is null)
        {
            // Before the first write the data levels are shown as they are now; nothing is stored by reading.
            var data = await RiskDataLevels.ForSchoolAsync(db, schoolId, year, settings, cancellationToken);
            return new RiskProfileView(schoolId, code, year, false, null, null, null, settings.MaxPriorityRisks, canEdit,
                factors.Select(f =>
                {
                    var level = data.GetValueOrDefault(f.Code);
                    return new RiskProfileFactorView(f.Code, f.Name, f.Questions.Select(q => new RiskAnswerView(q.Id, q.Text, null)).ToList(),
                        level?.Level, level?.Evidence ?? [], null, level?.Level, false);
                }).ToList());
        }
        var answers = await db.RiskAnswers.AsNoTracking().Where(a => a.ProfileId == profile.Id).ToDictionaryAsync(a => a.QuestionId, a => a.Value, cancellationToken);
        var rows = await db.RiskProfileFactors.AsNoTracking().Where(f => f.ProfileId == profile.Id).ToDictionaryAsync(f => f.FactorCode, cancellationToken);
        return new RiskProfileView(schoolId, code, year, true, profile.UpdatedAtUtc, profile.UpdatedBy, profile.SubmittedAtUtc, settings.MaxPriorityRisks, canEdit,
            factors.Select(f =>
            {
                var row = rows.GetValueOrDefault(f.Code);
                return new RiskProfileFactorView(f.Code, f.Name,
                    f.Questions.Select(q => new RiskAnswerView(q.Id, q.Text, answers.TryGetValue(q.Id, out var v) ? v : null)).ToList(),
                    row?.DataLevel, row is null ? [] : RiskDataLevels.Read(row.DataEvidenceJson), row?.SelfLevel, row?.Level, row?.Priority == true);
            }).ToList());
    }
}
