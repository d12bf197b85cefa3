using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Spectre.Console;

namespace Orientir.Cli.Users;

/// <summary><c>orientir users add</c>: creates a real account with a role and its scope.</summary>
internal static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Учётные записи пользователей");

        var email = new Option<string>("--email") { Description = "Адрес электронной почты (он же логин)", Required = true };
        var role = new Option<string>("--role")
        {
            Description = $"Роль: {string.Join(", ", Roles.All.Select(r => $"{r} ({Roles.Russian(r)})"))}",
            Required = true,
        };
        var municipality = new Option<string?>("--municipality") { Description = "Код муниципалитета (для роли MunicipalOfficer)" };
        var school = new Option<string?>("--school")
        {
            Description = "Код школы (для SchoolLeader и Teacher); для Curator — коды закреплённых школ через запятую",
        };
        var password = new Option<string?>("--password")
        {
            Description = "Пароль: не короче 10 символов, с цифрой, заглавной и строчной буквой и символом. Если не указан, создаётся и выводится",
        };
        var name = new Option<string?>("--name") { Description = "Имя для показа в интерфейсе" };
        var teacher = new Option<string?>("--teacher")
        {
            Description = "Код педагога из teachers.csv (для роли Teacher): учётная запись видит свои дефициты, маршрут и наставничество",
        };

        var add = new Command("add", "Создать пользователя") { email, role, municipality, school, password, name, teacher };
        add.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);

            var services = new ServiceCollection().AddLogging().AddOrientirDbContext(connectionString);
            services.AddOrientirIdentityCore();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();

            var roleName = Roles.All.FirstOrDefault(r => r.Equals(result.GetValue(role)?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? result.GetValue(role)!;
            var schoolCodes = result.GetValue(school)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var account = new NewAccount(result.GetValue(email)!.Trim(), roleName, result.GetValue(municipality)?.Trim(), schoolCodes,
                result.GetValue(password), result.GetValue(name), TeacherCode: result.GetValue(teacher)?.Trim());

            var outcome = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .AddAsync(account, $"cli:{Environment.UserName}", cancellationToken);
            if (!outcome.Succeeded)
            {
                foreach (var error in outcome.Errors) AnsiConsole.MarkupLineInterpolated($"[red]Ошибка:[/] {error.Message} [grey][[{error.Code}]][/]");
                return 1;
            }
            AnsiConsole.MarkupLineInterpolated($"[green]Пользователь создан:[/] {account.Email} — {Roles.Russian(roleName)}");
            if (outcome.GeneratedPassword is { } generated)
                AnsiConsole.MarkupLineInterpolated($"Пароль: [bold]{generated}[/] (сообщите его пользователю; он показан один раз)");
            return 0;
        });
        users.Subcommands.Add(add);
        return users;
    }
}
