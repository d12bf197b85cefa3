using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Schools;
using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Schools;

namespace Orientir.Data.Schools;

/// <summary>A methodology version with its settings read.</summary>
public sealed record Methodology(int Id, int Number, string Comment, string CreatedBy, DateTime CreatedAtUtc, SchoolAnalysisSettings Settings);

/// <summary>
/// The versions of the school analytics' methodology. The newest version is in force; the first one (the defaults
/// of docs/methodology.md) is written the first time anyone asks for the current version. Who may change the
/// methodology is the caller's check (<see cref="Domain.Access.Roles.CanManageMethodology"/>).
/// </summary>
public sealed class MethodologyStore(OrientirDbContext db)
{
    public const string AuditAction = "methodology.update";
    public const string DefaultComment = "Методика по умолчанию (docs/methodology.md)";

    public async Task<Methodology> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = await db.MethodologyVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (current is not null) return Read(current);
        var first = new MethodologyVersion(1, MethodologyJson.Write(SchoolAnalysisSettings.Default), DefaultComment, "system", DateTime.UtcNow);
        db.MethodologyVersions.Add(first);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request wrote version 1 first; theirs is the same defaults.
            db.ChangeTracker.Clear();
            return await CurrentAsync(cancellationToken);
        }
        return Read(first);
    }

    public async Task<Methodology?> VersionAsync(int number, CancellationToken cancellationToken = default)
    {
        var version = await db.MethodologyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        return version is null ? null : Read(version);
    }

    /// <summary>Every version, the newest first.</summary>
    public async Task<IReadOnlyList<Methodology>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await CurrentAsync(cancellationToken);
        var versions = await db.MethodologyVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        return versions.Select(Read).ToList();
    }

    /// <summary>
    /// Makes <paramref name="settings"/> the methodology in force as a new version and writes the change to the audit
    /// log; settings equal to the current ones make no version (the current one is returned).
    /// </summary>
    public async Task<Methodology> SaveAsync(SchoolAnalysisSettings settings, string comment, string userName, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(cancellationToken);
        var json = MethodologyJson.Write(settings);
        if (json == MethodologyJson.Write(current.Settings)) return current;
        var version = new MethodologyVersion(current.Number + 1, json, comment.Trim(), userName, DateTime.UtcNow);
        db.MethodologyVersions.Add(version);
        db.Audit.Add(new AuditEntry(version.CreatedAtUtc, userName, AuditAction, $"version={version.Number} {version.Comment}"));
        await db.SaveChangesAsync(cancellationToken);
        return Read(version);
    }

    private static Methodology Read(MethodologyVersion version) =>
        new(version.Id, version.Number, version.Comment, version.CreatedBy, version.CreatedAtUtc, MethodologyJson.Read(version.SettingsJson));
}
