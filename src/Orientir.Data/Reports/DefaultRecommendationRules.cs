using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

/// <summary>
/// The rules the application ships with (recommendation-rules.csv, an embedded resource), read by the same reader as an
/// uploaded file. They are written into an empty rules table after migration, so a fresh installation or demo speaks
/// from the start; after that the table is the region's to edit, and a new release never overwrites it.
/// </summary>
public static class DefaultRecommendationRules
{
    public const string SeededBy = "orientir";
    private const string ResourceName = "Orientir.Data.Reports.recommendation-rules.csv";

    /// <summary>The shipped rules; a bad shipped file is a bug, hence an exception.</summary>
    public static IReadOnlyList<RecommendationRuleInput> Read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"orientir-default-rules-{Guid.NewGuid():N}.csv");
        try
        {
            using (var resource = typeof(DefaultRecommendationRules).Assembly.GetManifestResourceStream(ResourceName)
                                  ?? throw new InvalidOperationException($"The resource {ResourceName} is missing."))
            using (var file = File.Create(path))
                resource.CopyTo(file);
            var errors = new List<ImportError>();
            var rows = RecommendationRulesCsv.Read(path, RecommendationRulesCsv.FileName, errors, []);
            if (errors.Count > 0) throw new InvalidOperationException("The shipped rules are invalid: " + string.Join("; ", errors));
            return rows.Select(r => r.Input).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Writes the shipped rules when the table is empty; true when it did. Not audited: no one changed anything.</summary>
    public static async Task<bool> SeedAsync(OrientirDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.RecommendationRules.AnyAsync(cancellationToken)) return false;
        var now = DateTime.UtcNow;
        foreach (var input in Read())
        {
            var rule = new RecommendationRuleRecord { UpdatedBy = SeededBy, UpdatedAtUtc = now };
            RecommendationRuleFields.Apply(rule, input);
            db.RecommendationRules.Add(rule);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two processes migrating one database at once: the other one's rules are the same ones.
            db.ChangeTracker.Clear();
            if (await db.RecommendationRules.AnyAsync(cancellationToken)) return false;
            throw;
        }
    }
}
