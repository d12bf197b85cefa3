using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;

namespace Orientir.Web.Hosting;

internal static class ApiSetup
{
    /// <summary>The largest package the import accepts, zipped.</summary>
    public const long MaxUploadBytes = 1L << 30;

    public static IServiceCollection AddOrientirApi(this IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Ориентир API";
            document.Info.Description = "Реестр, оценочные процедуры и импорт в пределах доступа пользователя. Вход: cookie или Bearer-токен из POST /api/auth/token.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = MaxUploadBytes);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Title = "Внутренняя ошибка сервера";
                context.ProblemDetails.Detail = "Запрос не выполнен. Подробности записаны в журнал сервера.";
            }
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        return services;
    }
}
