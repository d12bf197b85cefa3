namespace Orientir.Web.Hosting;

internal static class ErrorHandling
{
    /// <summary>
    /// No stack trace reaches a user: the API answers with ProblemDetails, the pages with a Russian error page.
    /// </summary>
    public static WebApplication UseOrientirErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
