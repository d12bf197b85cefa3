using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>A document's rows read as views: for the page, and frozen as JSON in each submitted version.</summary>
public static class DocumentSnapshots
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<DocumentSnapshot> OfAsync(OrientirDbContext db, SupportDocument document, CancellationToken cancellationToken) =>
        new(document.Kind, document.RiskFactorCode, document.Title, document.Goal, document.Tasks, document.Body, document.PeriodFrom, document.PeriodTo,
            await MeasuresAsync(db, document.Id, cancellationToken), await IndicatorsAsync(db, document.Id, await ProgressShareAsync(db, cancellationToken), cancellationToken), await StudentsAsync(db, document.Id, cancellationToken));

    public static async Task<IReadOnlyList<MeasureView>> MeasuresAsync(OrientirDbContext db, int documentId, CancellationToken cancellationToken) =>
        (await db.SupportMeasures.AsNoTracking().Where(m => m.DocumentId == documentId).ToListAsync(cancellationToken))
            .OrderBy(m => m.Deadline).ThenBy(m => m.Id)
            .Select(m => new MeasureView(m.Id, m.Title, m.Deadline, m.Responsible, m.Status, m.DoneAtUtc, m.Note)).ToList();

    public static async Task<IReadOnlyList<IndicatorView>> IndicatorsAsync(OrientirDbContext db, int documentId, double progressShare, CancellationToken cancellationToken) =>
        (await db.ProgrammeIndicators.AsNoTracking().Where(i => i.DocumentId == documentId).OrderBy(i => i.Id).ToListAsync(cancellationToken))
            .Select(i => new IndicatorView(i.Id, i.Name, i.SystemCode, i.Unit, i.HigherIsBetter, i.Baseline, i.Target, i.Measured, i.MeasuredYear, i.MeasuredAtUtc,
                OnTrack(i, progressShare))).ToList();

    public static async Task<IReadOnlyList<RiskStudentView>> StudentsAsync(OrientirDbContext db, int documentId, CancellationToken cancellationToken) =>
        await db.RiskStudents.AsNoTracking().Where(s => s.DocumentId == documentId).OrderBy(s => s.StudentCode)
            .Select(s => new RiskStudentView(s.Id, s.StudentCode, s.Route, s.Progress)).ToListAsync(cancellationToken);

    /// <summary>
    /// The share of the planned change an indicator must have made to be on track: the monitoring settings' one, so the
    /// document, the curator's workspace and the progress views agree (<see cref="IndicatorTrack"/>).
    /// </summary>
    public static async Task<double> ProgressShareAsync(OrientirDbContext db, CancellationToken cancellationToken) =>
        (await Monitoring.MonitoringMethodology.CurrentAsync(db, cancellationToken)).MinimumProgressShare;

    public static bool OnTrack(ProgrammeIndicator i, double progressShare) =>
        IndicatorTrack.IsOnTrack(i.Baseline, i.Target, i.Measured, i.HigherIsBetter, progressShare);
}
