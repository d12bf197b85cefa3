using Serilog;
using Serilog.Events;

namespace Orientir.Web.Hosting;

internal static class LoggingSetup
{
    public static WebApplicationBuilder AddOrientirLogging(this WebApplicationBuilder builder)
    {
        // A logger per host rather than the static Log.Logger: the tests run several apps in one process.
        builder.Services.AddSerilog((_, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }
}
