using Orientir.Web.Access;
using Orientir.Web.Hosting;
using Orientir.Web.Import;
using Orientir.Web.Registry;
using Orientir.Web.Reports;
using Orientir.Web.Results;
using Orientir.Web.Schools;
using Orientir.Web.Shared;
using Orientir.Web.Staff;
using Orientir.Web.Support;

namespace Orientir.Web;

/// <summary>The web application. <see cref="BuildAsync"/> is also how the tests start it in-process.</summary>
public static class OrientirWebApp
{
    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = await BuildAsync(args);
            await app.StartAsync();
        }
        catch (Exception exception) when (Environment.GetEnvironmentVariable("ORIENTIR_DEBUG") != "1")
        {
            // The one who starts the system reads a sentence, not a trace; ORIENTIR_DEBUG=1 lets the trace through.
            await Console.Error.WriteLineAsync($"Ориентир не запущен: {exception.GetBaseException().Message}");
            return 1;
        }
        StartupBanner.Print(app);
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>
    /// A configured application over a migrated database (and the demo region on a first start in demo mode).
    /// Arguments: <c>--db CONNECTION</c>, <c>--demo</c> / <c>--no-demo</c>, <c>--demo-schools N</c>, and any ASP.NET Core option such as <c>--urls</c>.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        var settings = OrientirSettings.From(args, out var remainingArgs);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = remainingArgs,
            ApplicationName = typeof(OrientirWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Serves wwwroot and the packages' assets (MudBlazor, blazor.web.js) from a build folder in any environment,
        // which is how the tests run the app; a published app has no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.AddOrientirLogging();
        builder.Services.AddOrientirData(settings);
        builder.Services.AddOrientirAuth();
        builder.Services.AddOrientirApi();
        builder.Services.AddOrientirPages();
        builder.Services.AddSchoolAnalysis();
        builder.Services.AddSupport();
        builder.Services.AddStaff();
        builder.Services.AddReports();

        var app = builder.Build();
        await app.PrepareDatabaseAsync();

        app.UseOrientirErrorHandling();
        // Routing after the error handlers, so that their re-executed requests (/error, /not-found) are routed again.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapAccountEndpoints();
        app.MapAuthApi();
        app.MapRegistryApi();
        app.MapProceduresApi();
        app.MapIndicatorsApi();
        app.MapImportApi();
        app.MapSchoolAnalysis();
        app.MapSupport();
        app.MapStaff();
        app.MapReports();
        app.MapOrientirPages();
        return app;
    }
}
