using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Domain.Results;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.EgeBySchool;

/// <summary>A stored aggregate with what the tidy CSV knows its school by.</summary>
internal sealed record StoredAggregate(int Year, string Subject, string Kind, int Grade, int MaxScore, string Municipality,
    string School, SchoolResultAggregate Values)
{
    public (int, string, string, string) Key => (Year, Subject, ExportContext.NameKey(Municipality), ExportContext.NameKey(School));
}

/// <summary>Both real workbooks imported once per database (the ЕАО first, then Забайкальский край) for the whole class.</summary>
public sealed class ImportedWorkbooks : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Imported> _imports = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    internal sealed record Imported(TestDatabase Database, ImportOutcome Jao, ImportOutcome Zabaykalsky);

    internal async Task<Imported> GetAsync(DatabaseProvider provider)
    {
        await _lock.WaitAsync();
        try
        {
            if (_imports.TryGetValue(provider, out var imported)) return imported;
            var database = await TestDatabase.CreateAsync(provider);
            var importer = new ExportImporter(database.ConnectionString);
            var jao = await importer.ImportPathAsync(RealWorkbooks.PathOf(RealWorkbooks.Jao), "analyst");
            var zabaykalsky = await importer.ImportPathAsync(RealWorkbooks.PathOf(RealWorkbooks.Zabaykalsky), "analyst");
            return _imports[provider] = new Imported(database, jao, zabaykalsky);
        }
        finally
        {
            _lock.Release();
        }
    }

    internal static async Task<List<StoredAggregate>> AggregatesAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var procedures = await context.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var municipalities = await context.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name);
        var schools = await context.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id);
        var aggregates = await context.SchoolResultAggregates.AsNoTracking().ToListAsync();
        return [.. aggregates.Select(a =>
        {
            var procedure = procedures[a.ProcedureId];
            var school = schools[a.SchoolId];
            return new StoredAggregate(procedure.Year, procedure.Subject, procedure.Kind.ToString(), procedure.Grade,
                procedure.MaxScore, municipalities[school.MunicipalityId], school.Name, a);
        })];
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var imported in _imports.Values) await imported.Database.DisposeAsync();
        _lock.Dispose();
    }
}
