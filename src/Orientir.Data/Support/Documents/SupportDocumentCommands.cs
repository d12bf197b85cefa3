using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>
/// Writing a school's documents: creating a concept, a medium-term programme or an anti-risk programme of a priority
/// risk for a programme year, and saving a document's content. Only the school's leader writes; everyone else in scope
/// is refused, everyone out of scope gets not found.
/// </summary>
public sealed class SupportDocumentCommands(OrientirDbContext db, TimeProvider time)
{
    public const string CreateAction = "support.document.create";
    public const string UpdateAction = "support.document.update";

    public async Task<ScopedResult<int>> CreateAsync(SupportActor actor, string schoolCode, CreateDocumentInput input, CancellationToken cancellationToken = default)
    {
        if (await new SupportAccess(db).VisibleSchoolIdAsync(actor, schoolCode, cancellationToken) is not { } schoolId) return ScopedResult<int>.NotFound();
        if (!actor.WritesFor(schoolId)) return ScopedResult<int>.Forbidden(DocumentScope.OnlyLeaderWrites);
        if (!Enum.TryParse<SupportDocumentKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            return ScopedResult<int>.Invalid($"Вид документа: неизвестный вид «{input.Kind}».");
        var onList = await SupportSchoolQueries.InForceListsOf(db).Where(l => l.Year == input.Year)
            .Join(db.TargetListSchools.Where(s => s.SchoolId == schoolId && s.Included), l => l.Id, s => s.TargetListId, (l, s) => s.Id)
            .AnyAsync(cancellationToken);
        if (!onList) return ScopedResult<int>.Invalid($"Год: школа не входит в утверждённый список школ адресной поддержки {input.Year} года.");

        var existing = await db.SupportDocuments.Where(d => d.SchoolId == schoolId && d.Year == input.Year)
            .Select(d => new { d.Kind, d.RiskFactorCode }).ToListAsync(cancellationToken);
        string title;
        string? riskCode = null;
        if (kind == SupportDocumentKind.AntiRiskProgramme)
        {
            var factor = await db.RiskFactors.AsNoTracking().SingleOrDefaultAsync(f => f.Code == input.RiskFactorCode, cancellationToken);
            if (factor is null) return ScopedResult<int>.Invalid("Риск: укажите приоритетный риск, на который отвечает антирисковая программа.");
            var priority = await db.RiskProfiles.Where(p => p.SchoolId == schoolId && p.Year == input.Year)
                .Join(db.RiskProfileFactors.Where(f => f.FactorCode == factor.Code && f.Priority), p => p.Id, f => f.ProfileId, (p, f) => f.Id)
                .AnyAsync(cancellationToken);
            if (!priority)
                return ScopedResult<int>.Invalid($"Риск: «{factor.Name}» не отмечен приоритетным в рисковом профиле школы {input.Year} года. Антирисковая программа пишется на приоритетный риск.");
            if (existing.Any(d => d.Kind == kind && d.RiskFactorCode == factor.Code))
                return ScopedResult<int>.Invalid($"Риск: антирисковая программа по риску «{factor.Name}» на {input.Year} год уже есть.");
            riskCode = factor.Code;
            title = $"Антирисковая программа: {factor.Name}";
        }
        else
        {
            if (existing.Any(d => d.Kind == kind))
                return ScopedResult<int>.Invalid($"Вид документа: {(kind == SupportDocumentKind.Concept ? "концепция развития" : "среднесрочная программа развития")} на {input.Year} год уже есть.");
            title = kind == SupportDocumentKind.Concept ? "Концепция развития" : "Среднесрочная программа развития";
        }

        var now = time.GetUtcNow().UtcDateTime;
        var document = new SupportDocument
        {
            SchoolId = schoolId, Year = input.Year, Kind = kind, RiskFactorCode = riskCode, Title = title,
            Status = DocumentStatus.Draft, Version = 1, UpdatedAtUtc = now, UpdatedBy = actor.UserName,
        };
        if (kind == SupportDocumentKind.MediumTermProgramme)
        {
            // A school year's programme starts on 1 September and, by default, runs the longest allowed term: two years.
            document.PeriodFrom = new DateOnly(input.Year, 9, 1);
            document.PeriodTo = document.PeriodFrom.Value.AddYears(2).AddDays(-1);
        }
        db.SupportDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        DocumentScope.Audit(db, actor, now, CreateAction, $"school={schoolCode} year={input.Year} kind={kind} risk={riskCode} document={document.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<int>.Ok(document.Id);
    }

    /// <summary>
    /// Saves the whole content. A draft or a returned document is edited in place; an approved one starts its next
    /// version as a draft (the approved version stays in the history); a document under review waits for the curator.
    /// </summary>
    public async Task<ScopedResult<int>> UpdateAsync(SupportActor actor, int documentId, DocumentInput input, CancellationToken cancellationToken = default)
    {
        if (await DocumentScope.FindAsync(db, actor, documentId, cancellationToken) is not { } document) return ScopedResult<int>.NotFound();
        if (!actor.WritesFor(document.SchoolId)) return ScopedResult<int>.Forbidden(DocumentScope.OnlyLeaderWrites);
        if (document.Status == DocumentStatus.Submitted)
            return ScopedResult<int>.Invalid("Документ на проверке у куратора: изменить его можно после решения куратора.");

        var now = time.GetUtcNow();
        var problem = await new DocumentContentWriter(db, DateOnly.FromDateTime(now.UtcDateTime)).WriteAsync(document, input, cancellationToken);
        if (problem is not null) return ScopedResult<int>.Invalid(problem);
        if (document.Status == DocumentStatus.Approved)
        {
            document.Version++;
            document.Status = DocumentStatus.Draft;
        }
        document.UpdatedAtUtc = now.UtcDateTime;
        document.UpdatedBy = actor.UserName;
        DocumentScope.Audit(db, actor, now.UtcDateTime, UpdateAction,
            $"document={document.Id} version={document.Version} measures={input.Measures?.Count ?? 0} indicators={input.Indicators?.Count ?? 0} students={input.Students?.Count ?? 0}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<int>.Ok(document.Version);
    }
}
