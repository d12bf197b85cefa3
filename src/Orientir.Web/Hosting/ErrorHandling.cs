using Serilog;

namespace Orientir.Web.Hosting;

internal static class ErrorHandling
{
    /// <summary>
    /// No stack trace reaches a user: the API answers with ProblemDetails, the pages with a Russian error page.
    /// </summary>
    public static WebApplication UseOrientirErrorHandling(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            // 401, 403 and 404 of the API carry a ProblemDetails body too.
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
