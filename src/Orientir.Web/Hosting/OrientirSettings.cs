using Orientir.Data.Database;

namespace Orientir.Web.Hosting;

/// <summary>Where the data is and whether the system runs as a demo, from the command line and the environment.</summary>
public sealed record OrientirSettings(string ConnectionString, bool DemoMode, int DemoSchools)
{
    public const string DemoVariable = "ORIENTIR_DEMO";
    public const string DemoSchoolsVariable = "ORIENTIR_DEMO_SCHOOLS";
    /// <summary>The one password of every demo account; it meets the password policy.</summary>
    public const string DemoPassword = "Demo-2025!";

    /// <summary>
    /// Reads <c>--db</c>, <c>--demo</c>, <c>--no-demo</c> and <c>--demo-schools N</c> (removed from the arguments handed
    /// on to ASP.NET Core, whose command-line configuration would read a bare switch as taking the next argument as its
    /// value).
    /// Demo mode is on by default only for an SQLite database: a PostgreSQL one is a real installation.
    /// A switch on the command line wins over <c>ORIENTIR_DEMO</c>, which wins over the default; likewise
    /// <c>--demo-schools</c> over <c>ORIENTIR_DEMO_SCHOOLS</c> (an argument is per application, so tests that run
    /// in parallel in one process can each have their own demo size).
    /// </summary>
    public static OrientirSettings From(string[] args, out string[] remaining)
    {
        string? db = null;
        bool? demoSwitch = null;
        int? demoSchools = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length) db = args[++i];
            else if (args[i].StartsWith("--db=", StringComparison.Ordinal)) db = args[i]["--db=".Length..];
            else if (args[i] == "--no-demo") demoSwitch = false;
            else if (args[i] == "--demo") demoSwitch = true;
            else if (args[i] == "--demo-schools" && i + 1 < args.Length)
                demoSchools = int.TryParse(args[++i], out var count) && count > 0 ? count : null;
            else rest.Add(args[i]);
        }
        remaining = [.. rest];

        var connectionString = OrientirDatabase.Resolve(db, AppContext.BaseDirectory);
        var demo = Environment.GetEnvironmentVariable(DemoVariable) switch
        {
            "0" or "false" or "off" => false,
            "1" or "true" or "on" => true,
            _ => OrientirDatabase.ProviderOf(connectionString) == DatabaseProvider.Sqlite,
        };
        var schools = demoSchools ?? (int.TryParse(Environment.GetEnvironmentVariable(DemoSchoolsVariable), out var n) && n > 0 ? n : 300);
        return new OrientirSettings(connectionString, demoSwitch ?? demo, schools);
    }
}
