using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Domain.Audit;
using Orientir.Domain.Results;

namespace Orientir.Data.Results.Subjects;

/// <summary>
/// Changes the subject synonym table: set a name's subject (adding the name when new), delete a name, import a file.
/// Editors only (<see cref="SynonymEditor.CanEdit"/>); every change is audited (<c>subjects.synonyms.add</c>,
/// <c>subjects.synonyms.update</c>, <c>subjects.synonyms.delete</c>, <c>subjects.synonyms.import</c>). A change to
/// nothing new writes nothing. Exports imported before keep the procedures they made: the table is read when an
/// export is translated.
/// </summary>
public sealed class SubjectSynonymCommands(OrientirDbContext db, TimeProvider time)
{
    public const string AddAction = "subjects.synonyms.add";
    public const string UpdateAction = "subjects.synonyms.update";
    public const string DeleteAction = "subjects.synonyms.delete";

    /// <summary>Makes <paramref name="name"/> mean <paramref name="subject"/>: adds the name or changes its subject.</summary>
    public async Task<ScopedResult<SubjectSynonymRow>> SetAsync(SynonymEditor editor, string name, string subject,
        CancellationToken cancellationToken = default)
    {
        if (!editor.CanEdit) return ScopedResult<SubjectSynonymRow>.Forbidden(SynonymEditor.NotEditor);
        var problems = SubjectSynonymCheck.Problems(name, subject);
        if (problems.Count > 0) return ScopedResult<SubjectSynonymRow>.Invalid(string.Join(" ", problems));
        var normalized = SubjectSynonym.Normalize(name);
        var code = subject.Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        var synonym = await db.SubjectSynonyms.SingleOrDefaultAsync(s => s.Name == normalized, cancellationToken);
        if (synonym is null)
        {
            synonym = new SubjectSynonym(normalized, code, editor.UserName, now);
            db.SubjectSynonyms.Add(synonym);
            db.Audit.Add(new AuditEntry(now.UtcDateTime, editor.UserName, AddAction, $"name={normalized} subject={code}"));
        }
        else
        {
            if (synonym.Subject == code) return ScopedResult<SubjectSynonymRow>.Ok(SubjectSynonymRow.Of(synonym));
            db.Audit.Add(new AuditEntry(now.UtcDateTime, editor.UserName, UpdateAction,
                $"name={normalized} subject={synonym.Subject}→{code}"));
            synonym.Change(code, editor.UserName, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<SubjectSynonymRow>.Ok(SubjectSynonymRow.Of(synonym));
    }

    /// <summary>Removes a name; an export that writes it then stops with «предмет не найден» until it is added again.</summary>
    public async Task<ScopedResult<SubjectSynonymRow>> DeleteAsync(SynonymEditor editor, string name,
        CancellationToken cancellationToken = default)
    {
        if (!editor.CanEdit) return ScopedResult<SubjectSynonymRow>.Forbidden(SynonymEditor.NotEditor);
        var normalized = SubjectSynonym.Normalize(name);
        var synonym = await db.SubjectSynonyms.SingleOrDefaultAsync(s => s.Name == normalized, cancellationToken);
        if (synonym is null) return ScopedResult<SubjectSynonymRow>.NotFound();
        db.SubjectSynonyms.Remove(synonym);
        db.Audit.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, editor.UserName, DeleteAction,
            $"name={normalized} subject={synonym.Subject}"));
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<SubjectSynonymRow>.Ok(SubjectSynonymRow.Of(synonym));
    }

    /// <summary>Imports a synonym file from a stream (an upload); editors only.</summary>
    public async Task<ScopedResult<CatalogueImportOutcome>> ImportAsync(SynonymEditor editor, Stream content, string? fileName,
        CancellationToken cancellationToken = default)
    {
        if (!editor.CanEdit) return ScopedResult<CatalogueImportOutcome>.Forbidden(SynonymEditor.NotEditor);
        var path = Path.Combine(Path.GetTempPath(), $"orientir-synonyms-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var file = File.Create(path)) await content.CopyToAsync(file, cancellationToken);
            var name = string.IsNullOrWhiteSpace(fileName) ? SubjectSynonymsCsv.FileName : Path.GetFileName(fileName);
            return ScopedResult<CatalogueImportOutcome>.Ok(
                await new SubjectSynonymImport(db, time).ImportAsync(path, editor.UserName, name, cancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
