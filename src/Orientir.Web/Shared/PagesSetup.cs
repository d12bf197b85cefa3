using MudBlazor;
using MudBlazor.Services;

namespace Orientir.Web.Shared;

internal static class PagesSetup
{
    public static IServiceCollection AddOrientirPages(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        return services;
    }

    public static WebApplication MapOrientirPages(this WebApplication app)
    {
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
