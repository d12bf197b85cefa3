using Orientir.Data.Staff.Mentoring;

namespace Orientir.Web.Staff.Mentoring;

/// <summary>Professional development: mentoring over HTTP and its services.</summary>
internal static class MentoringSetup
{
    public static IServiceCollection AddStaffMentoring(this IServiceCollection services) =>
        services.AddScoped<MentoringCommands>().AddScoped<MentoringQueries>();

    public static IEndpointRouteBuilder MapStaffMentoringApi(this IEndpointRouteBuilder api) => api.MapMentoringApi();
}
