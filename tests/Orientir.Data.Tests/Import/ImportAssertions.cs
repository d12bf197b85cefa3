using Microsoft.EntityFrameworkCore;
using Orientir.Data.Import;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import;

/// <summary>Row counts of every table an import writes, to compare a database before and after.</summary>
internal sealed record TableCounts(int Municipalities, int Schools, int Procedures, int Tasks, long Works, int Batches, int Audit)
{
    public static async Task<TableCounts> OfAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return new TableCounts(
            await context.Municipalities.CountAsync(),
            await context.Schools.CountAsync(),
            await context.Procedures.CountAsync(),
            await context.Tasks.CountAsync(),
            await context.Works.LongCountAsync(),
            await context.ImportBatches.CountAsync(),
            await context.Audit.CountAsync());
    }
}

internal static class ImportAssertions
{
    public static void Succeeded(ImportOutcome outcome) =>
        Assert.True(outcome.Succeeded, "Import failed:\n" + string.Join("\n", outcome.Errors));

    public static void HasError(ImportOutcome outcome, string file, int line, string column, string code)
    {
        Assert.False(outcome.Succeeded);
        Assert.True(outcome.Errors.Any(e => e.File == file && e.Line == line && e.Column == column && e.Code == code),
            $"Expected {file}:{line}: {column} [{code}], got:\n" + string.Join("\n", outcome.Errors));
    }
}
