using Microsoft.EntityFrameworkCore;
using Orientir.Data.Import;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Catalogue;

/// <summary>Keeps the catalogue of programmes and the competences' names: a methodologist or an administrator only.</summary>
public sealed class CatalogueCommands(OrientirDbContext db, TimeProvider time)
{
    public async Task<ScopedResult<ProgrammeRow>> AddAsync(StaffActor actor, ProgrammeInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesStaff) return ScopedResult<ProgrammeRow>.Forbidden(ProgrammeRules.NotManager);
        if (ProgrammeRules.Problem(input, await ProgrammeRules.KnownWordsAsync(db, cancellationToken)) is { } problem)
            return ScopedResult<ProgrammeRow>.Invalid(problem);
        if (await ClashesAsync(input, null, cancellationToken))
            return ScopedResult<ProgrammeRow>.Invalid("Название: такая программа этой организации уже есть в каталоге.");
        var programme = new CourseProgramme();
        ProgrammeRules.Apply(programme, input);
        return await SaveAsync(actor, programme, "staff.catalogue.add", cancellationToken, added: true);
    }

    public async Task<ScopedResult<ProgrammeRow>> EditAsync(StaffActor actor, int id, ProgrammeInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesStaff) return ScopedResult<ProgrammeRow>.Forbidden(ProgrammeRules.NotManager);
        var programme = await db.CourseProgrammes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null) return ScopedResult<ProgrammeRow>.NotFound();
        if (ProgrammeRules.Problem(input, await ProgrammeRules.KnownWordsAsync(db, cancellationToken)) is { } problem)
            return ScopedResult<ProgrammeRow>.Invalid(problem);
        if (await ClashesAsync(input, id, cancellationToken))
            return ScopedResult<ProgrammeRow>.Invalid("Название: такая программа этой организации уже есть в каталоге.");
        if (!ProgrammeRules.Apply(programme, input)) return ScopedResult<ProgrammeRow>.Ok(ProgrammeRows.Of(programme));
        return await SaveAsync(actor, programme, "staff.catalogue.edit", cancellationToken);
    }

    /// <summary>Takes a programme out of the catalogue (routes that used it keep it) or brings it back.</summary>
    public async Task<ScopedResult<ProgrammeRow>> SetActiveAsync(StaffActor actor, int id, bool active, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesStaff) return ScopedResult<ProgrammeRow>.Forbidden(ProgrammeRules.NotManager);
        var programme = await db.CourseProgrammes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null) return ScopedResult<ProgrammeRow>.NotFound();
        if (programme.IsActive == active) return ScopedResult<ProgrammeRow>.Ok(ProgrammeRows.Of(programme));
        programme.IsActive = active;
        return await SaveAsync(actor, programme, active ? "staff.catalogue.activate" : "staff.catalogue.deactivate", cancellationToken);
    }

    public async Task<ScopedResult<CompetenceRow>> RenameCompetenceAsync(StaffActor actor, string code, string name, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesStaff) return ScopedResult<CompetenceRow>.Forbidden("Названия компетенций меняют методист и администратор.");
        var competence = await db.Competences.SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (competence is null) return ScopedResult<CompetenceRow>.NotFound();
        name = (name ?? "").Trim();
        if (name.Length == 0) return ScopedResult<CompetenceRow>.Invalid("Название: не заполнено.");
        if (name.Length > 500) return ScopedResult<CompetenceRow>.Invalid("Название: не длиннее 500 символов.");
        if (competence.Name != name)
        {
            db.Audit.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, actor.UserName, "staff.competence.rename",
                $"code={code} from={competence.Name} to={name}"));
            competence.Name = name;
            await db.SaveChangesAsync(cancellationToken);
        }
        var competences = await new CatalogueQueries(db).CompetencesAsync(cancellationToken);
        return ScopedResult<CompetenceRow>.Ok(competences.Single(c => c.Code == code));
    }

    /// <summary>Imports programmes.csv from a stream (an upload); a manager only.</summary>
    public async Task<ScopedResult<CatalogueImportOutcome>> ImportAsync(StaffActor actor, Stream content, string? fileName,
        CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesStaff) return ScopedResult<CatalogueImportOutcome>.Forbidden(ProgrammeRules.NotManager);
        var path = Path.Combine(Path.GetTempPath(), $"orientir-programmes-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var file = File.Create(path)) await content.CopyToAsync(file, cancellationToken);
            var name = string.IsNullOrWhiteSpace(fileName) ? ProgrammesCsv.FileName : Path.GetFileName(fileName);
            return ScopedResult<CatalogueImportOutcome>.Ok(await new ProgrammeImport(db, time).ImportAsync(path, actor.UserName, name, cancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<bool> ClashesAsync(ProgrammeInput input, int? id, CancellationToken cancellationToken)
    {
        var title = input.Title.Trim();
        var provider = input.Provider.Trim();
        return await db.CourseProgrammes.AnyAsync(p => p.Title == title && p.Provider == provider && p.Id != id, cancellationToken);
    }

    private async Task<ScopedResult<ProgrammeRow>> SaveAsync(StaffActor actor, CourseProgramme programme, string action,
        CancellationToken cancellationToken, bool added = false)
    {
        var now = time.GetUtcNow().UtcDateTime;
        programme.UpdatedAtUtc = now;
        programme.UpdatedBy = actor.UserName;
        if (added) db.CourseProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit.Add(new AuditEntry(now, actor.UserName, action, $"programme={programme.Id} title={programme.Title} provider={programme.Provider}"));
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<ProgrammeRow>.Ok(ProgrammeRows.Of(programme));
    }
}
