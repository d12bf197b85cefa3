namespace Orientir.Cli.Tests;

/// <summary>Failures no command foresaw still reach the analyst as a Russian sentence, never as a stack trace.</summary>
public class CliErrorTests
{
    [Fact]
    public async Task A_connection_string_of_no_known_database_is_told_in_russian()
    {
        var run = await OrientirProcess.RunAsync("db", "stats", "--db", "Whatever=1");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Не удалось определить базу данных", run.Errors);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public async Task An_unreachable_postgresql_is_told_in_russian()
    {
        var run = await OrientirProcess.RunAsync("db", "stats", "--db", "Host=127.0.0.1;Port=1;Database=orientir;Username=orientir");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Не удалось подключиться к базе данных", run.Errors);
        Assert.DoesNotContain("   at ", run.All);
    }
}
