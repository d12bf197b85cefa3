using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Orientir.Data.Database;
using Orientir.Domain.Access;

namespace Orientir.Web.Hosting;

/// <summary>What a person who just started the app needs: where to open it and, in demo mode, how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<OrientirSettings>();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var line = new string('═', 72);
        Console.WriteLine();
        Console.WriteLine(line);
        Console.WriteLine("  Ориентир запущен");
        Console.WriteLine($"  База данных: {OrientirDatabase.Describe(settings.ConnectionString)}");
        foreach (var address in addresses) Console.WriteLine($"  Откройте в браузере: {address}");
        if (settings.DemoMode)
        {
            var accounts = app.Services.GetRequiredService<DemoAccounts>().Accounts;
            Console.WriteLine();
            Console.WriteLine($"  Демонстрационный режим. Пароль всех учётных записей: {OrientirSettings.DemoPassword}");
            Console.WriteLine($"  {"Логин",-30} {"Роль",-24} Доступ");
            foreach (var account in accounts)
                Console.WriteLine($"  {account.Email,-30} {Roles.Russian(account.Role),-24} {account.Scope}");
            if (accounts.Count == 0) Console.WriteLine("  (учётные записи не созданы: в базе нет данных региона)");
            Console.WriteLine("  Отключить демонстрационный режим: --no-demo или ORIENTIR_DEMO=0");
        }
        Console.WriteLine(line);
        Console.WriteLine();
    }
}
