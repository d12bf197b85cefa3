using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>Reading a school's documents within the actor's scope: the list of a year, one document, and the helpers of the editor.</summary>
public sealed class SupportDocumentQueries(OrientirDbContext db)
{
    public async Task<ScopedResult<SchoolDocuments>> SchoolDocumentsAsync(SupportActor actor, string schoolCode, int year, CancellationToken cancellationToken = default)
    {
        if (await new SupportAccess(db).VisibleSchoolIdAsync(actor, schoolCode, cancellationToken) is not { } schoolId) return ScopedResult<SchoolDocuments>.NotFound();
        var documents = await db.SupportDocuments.AsNoTracking().Where(d => d.SchoolId == schoolId && d.Year == year).ToListAsync(cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var measures = await db.SupportMeasures.AsNoTracking().Where(m => ids.Contains(m.DocumentId))
            .Select(m => new { m.DocumentId, m.Status }).ToListAsync(cancellationToken);
        var indicators = await db.ProgrammeIndicators.AsNoTracking().Where(i => ids.Contains(i.DocumentId)).ToListAsync(cancellationToken);
        var factors = await FactorNamesAsync(cancellationToken);
        var progressShare = await DocumentSnapshots.ProgressShareAsync(db, cancellationToken);
        var rows = documents
            .OrderBy(d => d.Kind).ThenBy(d => d.RiskFactorCode is { } c && factors.TryGetValue(c, out var f) ? f.Order : int.MaxValue)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.Title, d.RiskFactorCode, d.RiskFactorCode is { } c && factors.TryGetValue(c, out var f) ? f.Name : null,
                d.Status, d.Version,
                measures.Count(m => m.DocumentId == d.Id), measures.Count(m => m.DocumentId == d.Id && m.Status == MeasureStatus.Done),
                measures.Count(m => m.DocumentId == d.Id && m.Status == MeasureStatus.Overdue),
                indicators.Count(i => i.DocumentId == d.Id), indicators.Count(i => i.DocumentId == d.Id && DocumentSnapshots.OnTrack(i, progressShare)),
                d.UpdatedAtUtc))
            .ToList();
        var covered = documents.Where(d => d.Kind == SupportDocumentKind.AntiRiskProgramme).Select(d => d.RiskFactorCode).ToHashSet();
        var missing = (await PriorityRisksAsync(schoolId, year, cancellationToken))
            .Where(code => !covered.Contains(code) && factors.ContainsKey(code))
            .Select(code => new RiskRef(code, factors[code].Name)).OrderBy(r => factors[r.Code].Order).ToList();
        return ScopedResult<SchoolDocuments>.Ok(new SchoolDocuments(schoolCode, year, actor.WritesFor(schoolId), rows, missing));
    }

    public async Task<ScopedResult<DocumentDetail>> DocumentAsync(SupportActor actor, int documentId, CancellationToken cancellationToken = default)
    {
        var document = await db.SupportDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null || !await new SupportAccess(db).SeesAsync(actor, document.SchoolId, cancellationToken)) return ScopedResult<DocumentDetail>.NotFound();
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == document.SchoolId).Select(s => new { s.Code, s.Name }).SingleAsync(cancellationToken);
        var versions = (await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == documentId).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionView(v.Number, v.SubmittedBy, v.SubmittedAtUtc, v.Decision, v.Comment, v.ReviewedBy, v.ReviewedAtUtc)).ToList();
        var riskName = document.RiskFactorCode is { } code && (await FactorNamesAsync(cancellationToken)).TryGetValue(code, out var factor) ? factor.Name : null;
        var fix = document.Status is DocumentStatus.Returned
            ? versions.FirstOrDefault(v => v.Decision == DocumentDecision.Returned)?.Comment
            : null;
        var writes = actor.WritesFor(document.SchoolId);
        return ScopedResult<DocumentDetail>.Ok(new DocumentDetail(
            document.Id, school.Code, school.Name, document.Year, document.Kind, document.RiskFactorCode, riskName,
            document.Title, document.Goal, document.Tasks, document.Body, document.PeriodFrom, document.PeriodTo,
            document.Status, document.Version, document.UpdatedAtUtc, document.UpdatedBy,
            await DocumentSnapshots.MeasuresAsync(db, documentId, cancellationToken),
            await DocumentSnapshots.IndicatorsAsync(db, documentId, await DocumentSnapshots.ProgressShareAsync(db, cancellationToken), cancellationToken),
            await DocumentSnapshots.StudentsAsync(db, documentId, cancellationToken),
            versions, fix,
            CanEdit: writes && document.Status != DocumentStatus.Submitted,
            CanReview: actor.ReviewsFor(document.SchoolId) && document.Status == DocumentStatus.Submitted,
            CanMarkProgress: writes));
    }

    /// <summary>Participant codes of the school's works marked «2» in procedures of the programme year: candidates for students at risk.</summary>
    public async Task<ScopedResult<IReadOnlyList<string>>> StudentSuggestionsAsync(SupportActor actor, string schoolCode, int year, CancellationToken cancellationToken = default)
    {
        if (await new SupportAccess(db).VisibleSchoolIdAsync(actor, schoolCode, cancellationToken) is not { } schoolId) return ScopedResult<IReadOnlyList<string>>.NotFound();
        var codes = await db.Works.AsNoTracking().Where(w => w.SchoolId == schoolId && w.Mark == 2)
            .Join(db.Procedures.Where(p => p.Year == year), w => w.ProcedureId, p => p.Id, (w, p) => w.Participant)
            .Distinct().ToListAsync(cancellationToken);
        return ScopedResult<IReadOnlyList<string>>.Ok(codes.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The system indicators the school can put in a programme, with the programme year's values as baselines.</summary>
    public async Task<ScopedResult<IReadOnlyList<SystemIndicatorOption>>> SystemIndicatorOptionsAsync(SupportActor actor, string schoolCode, int year, CancellationToken cancellationToken = default)
    {
        if (await new SupportAccess(db).VisibleSchoolIdAsync(actor, schoolCode, cancellationToken) is not { } schoolId) return ScopedResult<IReadOnlyList<SystemIndicatorOption>>.NotFound();
        return ScopedResult<IReadOnlyList<SystemIndicatorOption>>.Ok(await new SystemIndicators(db).OptionsAsync(schoolId, year, cancellationToken));
    }

    private async Task<List<string>> PriorityRisksAsync(int schoolId, int year, CancellationToken cancellationToken) =>
        await db.RiskProfiles.AsNoTracking().Where(p => p.SchoolId == schoolId && p.Year == year)
            .Join(db.RiskProfileFactors.Where(f => f.Priority), p => p.Id, f => f.ProfileId, (p, f) => f.FactorCode)
            .ToListAsync(cancellationToken);

    private async Task<Dictionary<string, (string Name, int Order)>> FactorNamesAsync(CancellationToken cancellationToken) =>
        await db.RiskFactors.AsNoTracking().ToDictionaryAsync(f => f.Code, f => (f.Name, f.Order), cancellationToken);
}
