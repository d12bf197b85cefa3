using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Monitoring;

/// <summary>What one run of the daily job changed.</summary>
public sealed record MonitoringRunResult(DateOnly Today, int MeasuresMarkedOverdue, int NotificationsSent, int SnapshotsRecorded)
{
    public bool ChangedAnything => MeasuresMarkedOverdue + NotificationsSent + SnapshotsRecorded > 0;
}

/// <summary>
/// The daily monitoring job, for a given day so that it can be replayed and tested: planned measures past their
/// deadline become overdue and their school's leaders and curator are told once; every in-force list whose stage
/// date has come gets one snapshot per included school and stage. A second run on the same day changes nothing.
/// </summary>
public sealed class MonitoringJob(OrientirDbContext db)
{
    public const string AuditAction = "support.monitoring.run";

    public async Task<MonitoringRunResult> RunAsync(DateOnly today, string userName, CancellationToken cancellationToken = default)
    {
        var settings = await MonitoringMethodology.CurrentAsync(db, cancellationToken);
        var lastOnTimeDeadline = today.AddDays(-1 - settings.OverdueGraceDays);
        var overdue = await db.SupportMeasures.Where(m => m.Status == MeasureStatus.Planned && m.Deadline <= lastOnTimeDeadline)
            .ToListAsync(cancellationToken);
        foreach (var measure in overdue) measure.Status = MeasureStatus.Overdue;
        // A document saved with a deadline already past is overdue from the start (the documents' rule), so the notice
        // goes to every overdue measure not told yet, not only to those this run marked; the keys keep it to once.
        var markedIds = overdue.Select(m => m.Id).ToList();
        var alreadyOverdue = await db.SupportMeasures.AsNoTracking()
            .Where(m => m.Status == MeasureStatus.Overdue && !markedIds.Contains(m.Id)).ToListAsync(cancellationToken);
        var notifications = await NotifyAsync([.. overdue, .. alreadyOverdue], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var snapshots = await RecordSnapshotsAsync(today, settings, cancellationToken);
        var result = new MonitoringRunResult(today, overdue.Count, notifications, snapshots);
        if (result.ChangedAnything)
        {
            db.Audit.Add(new AuditEntry(DateTime.UtcNow, userName, AuditAction,
                $"date={today:yyyy-MM-dd} overdue={overdue.Count} notifications={notifications} snapshots={snapshots}"));
            await db.SaveChangesAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>The key of the notice about a measure's deadline: a changed deadline that passes again is told again.</summary>
    public static string OverdueKey(int measureId, DateOnly deadline) => $"overdue:{measureId}:{deadline:yyyy-MM-dd}";

    private async Task<int> NotifyAsync(IReadOnlyList<SupportMeasure> measures, CancellationToken cancellationToken)
    {
        if (measures.Count == 0) return 0;
        var documentIds = measures.Select(m => m.DocumentId).Distinct().ToList();
        var documents = await db.SupportDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Join(db.Schools, d => d.SchoolId, s => s.Id, (d, s) => new { d.Id, d.SchoolId, d.Year, d.Title, s.Code, s.Name })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var schoolIds = documents.Values.Select(d => d.SchoolId).Distinct().ToList();
        var leaders = await SupportRecipients.LeadersAsync(db, schoolIds, cancellationToken);
        var curators = await SupportRecipients.CuratorsAsync(db, schoolIds, cancellationToken);
        var keys = measures.Select(m => OverdueKey(m.Id, m.Deadline)).ToList();
        var told = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => new { n.UserId, n.Key })
            .ToListAsync(cancellationToken)).Select(n => (n.UserId, n.Key)).ToHashSet();

        var sent = 0;
        var now = DateTime.UtcNow;
        foreach (var measure in measures)
        {
            var document = documents[measure.DocumentId];
            var key = OverdueKey(measure.Id, measure.Deadline);
            var recipients = leaders.Concat(curators).Where(r => r.SchoolId == document.SchoolId).Select(r => r.UserId).Distinct();
            foreach (var userId in recipients.Where(u => told.Add((u, key))))
            {
                db.Notifications.Add(new Notification
                {
                    UserId = userId, Key = key, CreatedAtUtc = now,
                    Text = $"Просрочено мероприятие «{measure.Title}» ({document.Name}, документ «{document.Title}»): срок был {measure.Deadline:dd.MM.yyyy}.",
                    Link = $"/support/schools/{Uri.EscapeDataString(document.Code)}?year={document.Year}&tab=monitoring",
                });
                sent++;
            }
        }
        return sent;
    }

    private async Task<int> RecordSnapshotsAsync(DateOnly today, Analytics.Support.MonitoringSettings settings, CancellationToken cancellationToken)
    {
        var lists = await SupportSchoolQueries.InForceListsOf(db).Where(l => l.EntryStageDate <= today).ToListAsync(cancellationToken);
        var recorded = 0;
        foreach (var list in lists)
        {
            var schoolIds = await db.TargetListSchools.AsNoTracking().Where(e => e.TargetListId == list.Id && e.Included)
                .Select(e => e.SchoolId).ToListAsync(cancellationToken);
            var existing = (await db.MonitoringSnapshots.AsNoTracking().Where(s => s.TargetListId == list.Id)
                .Select(s => new { s.SchoolId, s.Stage }).ToListAsync(cancellationToken)).Select(s => (s.SchoolId, s.Stage)).ToHashSet();
            var due = MonitoringStages.All.Where(stage => MonitoringStages.DateOf(list, stage) <= today)
                .SelectMany(stage => schoolIds.Where(id => !existing.Contains((id, stage))).Select(id => (SchoolId: id, Stage: stage)))
                .ToList();
            if (due.Count == 0) continue;
            var figures = await ProgrammeFigures.ReadAsync(db, list.Year, due.Select(d => d.SchoolId).ToList(), settings, cancellationToken);
            var now = DateTime.UtcNow;
            foreach (var (schoolId, stage) in due)
            {
                var f = figures[schoolId];
                db.MonitoringSnapshots.Add(new MonitoringSnapshot
                {
                    TargetListId = list.Id, SchoolId = schoolId, Stage = stage, RecordedAtUtc = now,
                    DocumentsApproved = f.DocumentsApproved, DocumentsTotal = f.DocumentsTotal,
                    MeasuresTotal = f.MeasuresTotal, MeasuresDone = f.MeasuresDone, MeasuresOverdue = f.MeasuresOverdue,
                    IndicatorsTotal = f.IndicatorsTotal, IndicatorsOnTrack = f.IndicatorsOnTrack,
                });
                recorded++;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return recorded;
    }
}
