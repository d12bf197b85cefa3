using System.CommandLine;
using Orientir.Data.Database;

namespace Orientir.Cli;

/// <summary>Options every command shares.</summary>
internal static class CliOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Строка подключения: «Data Source=путь.db» (SQLite) или «Host=…;Database=…» (PostgreSQL). По умолчанию ORIENTIR_DB или data/orientir.db рядом с программой.",
        Recursive = true,
    };

    public static string ConnectionString(ParseResult result) =>
        OrientirDatabase.Resolve(result.GetValue(Database), AppContext.BaseDirectory);
}
