using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>
/// Recording how a programme goes: a measure done (with a note) or not, and the measured value of an indicator the
/// school measures itself. System indicators are measured from imported results, never by hand.
/// </summary>
public sealed class DocumentProgressCommands(OrientirDbContext db, TimeProvider time)
{
    public const string MeasureAction = "support.measure.done";
    public const string IndicatorAction = "support.indicator.measure";

    public async Task<ScopedResult<MeasureStatus>> MarkMeasureAsync(SupportActor actor, int measureId, MeasureProgressInput input, CancellationToken cancellationToken = default)
    {
        var measure = await db.SupportMeasures.SingleOrDefaultAsync(m => m.Id == measureId, cancellationToken);
        if (measure is null || await DocumentScope.FindAsync(db, actor, measure.DocumentId, cancellationToken) is not { } document) return ScopedResult<MeasureStatus>.NotFound();
        if (!actor.WritesFor(document.SchoolId)) return ScopedResult<MeasureStatus>.Forbidden(DocumentScope.OnlyLeaderWrites);
        var note = input.Note?.Trim();
        if (note is { Length: > 2000 }) return ScopedResult<MeasureStatus>.Invalid("Примечание: не длиннее 2000 знаков.");

        var now = time.GetUtcNow().UtcDateTime;
        measure.Note = string.IsNullOrEmpty(note) ? null : note;
        if (input.Done)
        {
            measure.Status = MeasureStatus.Done;
            measure.DoneAtUtc ??= now;
        }
        else
        {
            measure.DoneAtUtc = null;
            measure.Status = measure.Deadline < DateOnly.FromDateTime(now) ? MeasureStatus.Overdue : MeasureStatus.Planned;
        }
        DocumentScope.Audit(db, actor, now, MeasureAction, $"measure={measure.Id} document={document.Id} done={input.Done}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<MeasureStatus>.Ok(measure.Status);
    }

    public async Task<ScopedResult<double?>> MeasureIndicatorAsync(SupportActor actor, int indicatorId, IndicatorMeasureInput input, CancellationToken cancellationToken = default)
    {
        var indicator = await db.ProgrammeIndicators.SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
        if (indicator is null || await DocumentScope.FindAsync(db, actor, indicator.DocumentId, cancellationToken) is not { } document) return ScopedResult<double?>.NotFound();
        if (!actor.WritesFor(document.SchoolId)) return ScopedResult<double?>.Forbidden(DocumentScope.OnlyLeaderWrites);
        if (indicator.SystemCode is not null)
            return ScopedResult<double?>.Invalid($"Показатель «{indicator.Name}» системный: его значение обновляется из загруженных результатов.");
        double? measured = null;
        if (!string.IsNullOrWhiteSpace(input.Measured))
        {
            if (!DocumentParsing.TryNumber(input.Measured, out var value)) return ScopedResult<double?>.Invalid($"Показатель «{indicator.Name}»: измеренное значение не число.");
            measured = value;
        }

        var now = time.GetUtcNow().UtcDateTime;
        indicator.Measured = measured;
        indicator.MeasuredAtUtc = measured is null ? null : now;
        DocumentScope.Audit(db, actor, now, IndicatorAction, $"indicator={indicator.Id} document={document.Id} measured={measured?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<double?>.Ok(measured);
    }
}
