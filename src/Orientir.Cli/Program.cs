using System.CommandLine;
using Orientir.Cli;

var root = new RootCommand("Ориентир — система управления качеством общего образования")
{
    CliOptions.Database,
};
root.Subcommands.Add(Orientir.Cli.Database.DbCommands.Create());
root.Subcommands.Add(Orientir.Cli.Demo.DemoCommands.Create());
root.Subcommands.Add(Orientir.Cli.Import.ImportCommand.Create());
root.Subcommands.Add(Orientir.Cli.Users.UsersCommands.Create());
return await root.Parse(args).InvokeAsync();
