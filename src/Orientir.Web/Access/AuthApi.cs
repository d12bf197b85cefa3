using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Orientir.Web.Access;

public sealed record TokenRequest(string Email, string Password);

/// <summary><c>POST /api/auth/token</c>: a bearer token for the API, for scripts and other systems.</summary>
internal static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/auth").WithTags("Auth")
            .MapPost("/token", IssueTokenAsync)
            .AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .WithSummary("Выдать токен доступа (Bearer) по адресу и паролю");
        return app;
    }

    // On success the bearer handler itself writes the AccessTokenResponse (tokenType, accessToken, expiresIn, refreshToken).
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueTokenAsync(TokenRequest request, PasswordSignIn signIn)
    {
        var failure = await signIn.SignInAsync(request.Email, request.Password, IdentityConstants.BearerScheme);
        if (failure is null) return TypedResults.Empty;
        return TypedResults.Problem(title: failure.Message, statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["code"] = failure.Code });
    }
}
