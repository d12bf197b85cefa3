using System.CommandLine;
using Orientir.Cli;

var root = new RootCommand("Ориентир — система управления качеством общего образования")
{
    CliOptions.Database,
};
root.Subcommands.Add(Orientir.Cli.Database.DbCommands.Create());
root.Subcommands.Add(Orientir.Cli.Demo.DemoCommands.Create());
root.Subcommands.Add(Orientir.Cli.Import.ImportCommand.Create());
root.Subcommands.Add(Orientir.Cli.Subjects.SubjectsCommand.Create());
root.Subcommands.Add(Orientir.Cli.Users.UsersCommands.Create());
root.Subcommands.Add(Orientir.Cli.Analytics.AnalyzeCommands.Create());
root.Subcommands.Add(Orientir.Cli.Support.SupportCommands.Create());
root.Subcommands.Add(Orientir.Cli.Reports.ReportCommand.Create());
root.Subcommands.Add(new Command("staff", "Профессиональное развитие педагогов")
{
    Orientir.Cli.Staff.MeasureCommand.Create(), Orientir.Cli.Staff.ProgrammesCommand.Create(),
});
try
{
    // Ctrl+C cancels the command's token; an import then rolls back and says so, which must not be cut short.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
    });
}
catch (Exception exception)
{
    return CliErrors.Report(exception);
}
