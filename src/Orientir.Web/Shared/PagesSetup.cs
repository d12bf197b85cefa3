using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor;
using MudBlazor.Services;

namespace Orientir.Web.Shared;

internal static class PagesSetup
{
    public static IServiceCollection AddOrientirPages(this IServiceCollection services)
    {
        // Russian text stays readable in the HTML instead of becoming &#x...; entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
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
