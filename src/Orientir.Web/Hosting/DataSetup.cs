using Orientir.Data.Access;
using Orientir.Data.Database;

namespace Orientir.Web.Hosting;

internal static class DataSetup
{
    public static IServiceCollection AddOrientirData(this IServiceCollection services, OrientirSettings settings)
    {
        services.AddSingleton(settings);
        services.AddOrientirDbContext(settings.ConnectionString);
        services.AddSingleton<DemoAccounts>();
        services.AddSingleton<Results.IndicatorRefresh>();
        services.AddHostedService(provider => provider.GetRequiredService<Results.IndicatorRefresh>());
        services.AddScoped<Import.PackageUpload>();
        services.AddScoped<Orientir.Data.Results.Subjects.SubjectSynonymStore>();
        services.AddScoped<Orientir.Data.Results.Subjects.SubjectSynonymCommands>();
        return services;
    }

    /// <summary>Applies the migrations; in demo mode fills an empty database with the demo region and its accounts.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<OrientirSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Orientir.Startup");
        logger.LogInformation("База данных: {Database}", OrientirDatabase.Describe(settings.ConnectionString));
        await OrientirDatabase.MigrateAsync(settings.ConnectionString);

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserAccounts>().EnsureRolesAsync();
        if (settings.DemoMode)
        {
            var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
            var imported = await DemoRegion.ImportIfEmptyAsync(settings, db, logger);
            await app.Services.GetRequiredService<DemoAccounts>().EnsureAsync(scope.ServiceProvider, logger);
            if (imported)
            {
                await DemoProgramme.SeedAsync(db, logger);
                await DemoStaff.SeedAsync(db, settings.ConnectionString, logger);
            }
        }
    }
}
