using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Orientir.Bench;

/// <summary>
/// A school dashboard's load time in a running web app: signed in as the regional analyst with a bearer token,
/// one client asks for a school's indicators in a procedure, one request after another, across schools and the
/// procedures of the latest year. The school page's HTML stands in while the indicators API is not there.
/// </summary>
internal static class PageLoad
{
    private const int WarmUp = 20;

    public static async Task<int> RunAsync(string baseUrl, string demoDatabase, int requests)
    {
        var pairs = SchoolProcedurePairs(demoDatabase);
        var random = new Random(1);
        var sample = Enumerable.Range(0, WarmUp + requests).Select(_ => pairs[random.Next(pairs.Count)]).ToList();

        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        using (var token = await client.PostAsJsonAsync("/api/auth/token", new { email = "analyst@demo.orientir", password = "Demo-2025!" }))
        {
            token.EnsureSuccessStatusCode();
            var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        var target = await ChooseTargetAsync(client, sample[0]);
        var milliseconds = new List<double>(requests);
        for (var i = 0; i < sample.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(target(sample[i]));
            var body = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
                throw new InvalidOperationException($"{target(sample[i])}: {(int)response.StatusCode}");
            if (i >= WarmUp) milliseconds.Add(watch.Elapsed.TotalMilliseconds);
        }
        milliseconds.Sort();
        Timing.Print(new
        {
            measure = "pageload",
            target = target(("{code}", "{procedure}")),
            schools = pairs.Select(p => p.School).Distinct().Count(),
            requests,
            p50 = Percentile(milliseconds, 0.50),
            p95 = Percentile(milliseconds, 0.95),
            max = milliseconds[^1],
        });
        return 0;
    }

    /// <summary>The indicators API when it answers for a school that has works; else the school page.</summary>
    private static async Task<Func<(string School, string Procedure), string>> ChooseTargetAsync(HttpClient client, (string School, string Procedure) probe)
    {
        Func<(string School, string Procedure), string> api = p => $"/api/indicators/schools/{p.School}/{p.Procedure}";
        using var response = await client.GetAsync(api(probe));
        if (response.StatusCode == HttpStatusCode.OK) return api;
        Console.Error.WriteLine($"{api(probe)} answered {(int)response.StatusCode}: timing the school page's HTML instead.");
        return p => $"/schools/{p.School}";
    }

    /// <summary>Every school with works in a procedure of the latest year, read from the demo database.</summary>
    private static List<(string School, string Procedure)> SchoolProcedurePairs(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT s."Code", p."Code" FROM "Works" w
            JOIN "Schools" s ON s."Id" = w."SchoolId" JOIN "Procedures" p ON p."Id" = w."ProcedureId"
            WHERE p."Year" = (SELECT MAX("Year") FROM "Procedures") ORDER BY 1, 2
            """;
        using var reader = command.ExecuteReader();
        var pairs = new List<(string, string)>();
        while (reader.Read()) pairs.Add((reader.GetString(0), reader.GetString(1)));
        return pairs.Count > 0 ? pairs : throw new InvalidOperationException("The demo database has no works.");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
