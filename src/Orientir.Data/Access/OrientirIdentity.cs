using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;

namespace Orientir.Data.Access;

/// <summary>
/// Identity over <see cref="OrientirDbContext"/> with the password and lockout policy, shared by the web app
/// and the CLI so that an account created by either obeys the same rules.
/// </summary>
public static class OrientirIdentity
{
    /// <summary>One context per scope, of the provider the connection string names (the context type itself is abstract).</summary>
    public static IServiceCollection AddOrientirDbContext(this IServiceCollection services, string connectionString) =>
        services.AddScoped<OrientirDbContext>(_ => OrientirDatabase.CreateContext(connectionString));

    /// <summary>Identity's user and role managers over the registered <see cref="OrientirDbContext"/>, plus <see cref="UserAccounts"/>.</summary>
    public static IdentityBuilder AddOrientirIdentityCore(this IServiceCollection services)
    {
        services.AddScoped<UserAccounts>();
        services.AddScoped<AccessScopeResolver>();
        return services.AddIdentityCore<OrientirUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OrientirDbContext>();
    }

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    }
}
