using Orientir.Data.Access;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>
/// The review loop: the school leader submits a version to the school's curator, the curator approves it or returns
/// it with a comment. Each submitted version is kept whole with its decision, and both sides are notified in the app.
/// </summary>
public sealed class DocumentReviewCommands(OrientirDbContext db, TimeProvider time)
{
    public const string SubmitAction = "support.document.submit";
    public const string ApproveAction = "support.document.approve";
    public const string ReturnAction = "support.document.return";

    public async Task<ScopedResult<int>> SubmitAsync(SupportActor actor, int documentId, CancellationToken cancellationToken = default)
    {
        if (await DocumentScope.FindAsync(db, actor, documentId, cancellationToken) is not { } document) return ScopedResult<int>.NotFound();
        if (!actor.WritesFor(document.SchoolId)) return ScopedResult<int>.Forbidden(DocumentScope.OnlyLeaderWrites);
        if (document.Status is not (DocumentStatus.Draft or DocumentStatus.Returned))
            return ScopedResult<int>.Invalid(document.Status == DocumentStatus.Submitted
                ? "Документ уже на проверке у куратора."
                : "Документ утверждён: чтобы отправить новую версию, сначала измените его.");
        var snapshot = await DocumentSnapshots.OfAsync(db, document, cancellationToken);
        if (Incomplete(snapshot) is { } problem) return ScopedResult<int>.Invalid(problem);

        var now = time.GetUtcNow().UtcDateTime;
        db.DocumentVersions.Add(new DocumentVersion
        {
            DocumentId = document.Id, Number = document.Version, SubmittedBy = actor.UserName, SubmittedAtUtc = now,
            ContentJson = JsonSerializer.Serialize(snapshot, DocumentSnapshots.Json),
        });
        document.Status = DocumentStatus.Submitted;
        document.UpdatedAtUtc = now;
        document.UpdatedBy = actor.UserName;
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == document.SchoolId).Select(s => new { s.Code, s.Name }).SingleAsync(cancellationToken);
        foreach (var curator in await SupportRecipients.CuratorsAsync(db, [document.SchoolId], cancellationToken))
            await DocumentScope.NotifyAsync(db, curator.UserId, $"doc-submitted:{document.Id}:{document.Version}",
                $"Школа «{school.Name}» отправила на проверку документ «{document.Title}» (версия {document.Version}).",
                DocumentScope.Link(school.Code), now, cancellationToken);
        DocumentScope.Audit(db, actor, now, SubmitAction, $"document={document.Id} school={school.Code} version={document.Version}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<int>.Ok(document.Version);
    }

    public async Task<ScopedResult<int>> ReviewAsync(SupportActor actor, int documentId, ReviewInput input, CancellationToken cancellationToken = default)
    {
        if (await DocumentScope.FindAsync(db, actor, documentId, cancellationToken) is not { } document) return ScopedResult<int>.NotFound();
        if (!actor.ReviewsFor(document.SchoolId)) return ScopedResult<int>.Forbidden(DocumentScope.OnlyCuratorReviews);
        if (!Enum.TryParse<DocumentDecision>(input.Decision, ignoreCase: true, out var decision) || !Enum.IsDefined(decision))
            return ScopedResult<int>.Invalid("Решение: укажите Approved (утвердить) или Returned (вернуть на доработку).");
        var comment = input.Comment?.Trim();
        if (decision == DocumentDecision.Returned && string.IsNullOrEmpty(comment))
            return ScopedResult<int>.Invalid("Комментарий: напишите, что школе нужно исправить.");
        if (document.Status != DocumentStatus.Submitted) return ScopedResult<int>.Invalid("Документ не на проверке: решение по нему уже принято или он ещё не отправлен.");

        var now = time.GetUtcNow().UtcDateTime;
        var version = await db.DocumentVersions.SingleAsync(v => v.DocumentId == document.Id && v.Number == document.Version, cancellationToken);
        version.Decision = decision;
        version.Comment = string.IsNullOrEmpty(comment) ? null : comment;
        version.ReviewedBy = actor.UserName;
        version.ReviewedAtUtc = now;
        if (decision == DocumentDecision.Approved) document.Status = DocumentStatus.Approved;
        else
        {
            // The returned version stays as reviewed; the school writes the next one.
            document.Status = DocumentStatus.Returned;
            document.Version++;
        }
        document.UpdatedAtUtc = now;
        document.UpdatedBy = actor.UserName;

        var school = await db.Schools.AsNoTracking().Where(s => s.Id == document.SchoolId).Select(s => new { s.Code, s.Name }).SingleAsync(cancellationToken);
        var text = decision == DocumentDecision.Approved
            ? $"Куратор утвердил документ «{document.Title}» (версия {version.Number})."
            : $"Куратор вернул на доработку документ «{document.Title}» (версия {version.Number}): {comment}";
        foreach (var leader in await SupportRecipients.LeadersAsync(db, [document.SchoolId], cancellationToken))
            await DocumentScope.NotifyAsync(db, leader.UserId, $"doc-{(decision == DocumentDecision.Approved ? "approved" : "returned")}:{document.Id}:{version.Number}",
                text.Length > 2000 ? text[..2000] : text, DocumentScope.Link(school.Code), now, cancellationToken);
        DocumentScope.Audit(db, actor, now, decision == DocumentDecision.Approved ? ApproveAction : ReturnAction,
            $"document={document.Id} school={school.Code} version={version.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<int>.Ok(version.Number);
    }

    private static string? Incomplete(DocumentSnapshot snapshot)
    {
        if (string.IsNullOrWhiteSpace(snapshot.Goal)) return "Цель: перед отправкой куратору укажите цель документа.";
        if (snapshot.Kind == SupportDocumentKind.Concept) return null;
        if (string.IsNullOrWhiteSpace(snapshot.Tasks)) return "Задачи: перед отправкой куратору укажите задачи программы.";
        if (snapshot.Measures.Count == 0) return "Мероприятия: в программе должно быть хотя бы одно мероприятие.";
        if (snapshot.Indicators.Count == 0) return "Показатели: в программе должен быть хотя бы один показатель.";
        if (snapshot.Kind == SupportDocumentKind.MediumTermProgramme && (snapshot.PeriodFrom is null || snapshot.PeriodTo is null))
            return "Период: укажите срок среднесрочной программы (от 1 до 2 лет).";
        return null;
    }
}
