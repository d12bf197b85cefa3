using Microsoft.AspNetCore.Identity;
using Orientir.Data.Access;
using Orientir.Web.Hosting;

namespace Orientir.Web.Access;

/// <summary>Why a sign-in failed, as a code for the login page's address and a Russian message.</summary>
public sealed record SignInFailure(string Code, string Message)
{
    public static readonly SignInFailure WrongPassword = new("AUTH-WRONG", "Неверный адрес электронной почты или пароль.");
    public static readonly SignInFailure LockedOut = new("AUTH-LOCKED", "Учётная запись заблокирована на 15 минут после 5 неудачных попыток входа.");
    public static readonly SignInFailure DemoOff = new("AUTH-DEMO-OFF", "Демонстрационные учётные записи работают только в демонстрационном режиме.");

    public static SignInFailure? FromCode(string? code) =>
        code switch
        {
            "AUTH-WRONG" => WrongPassword,
            "AUTH-LOCKED" => LockedOut,
            "AUTH-DEMO-OFF" => DemoOff,
            _ => null,
        };
}

/// <summary>Password sign-in for both the login form (cookie) and the API (bearer token), with the demo-mode rule.</summary>
public sealed class PasswordSignIn(SignInManager<OrientirUser> signInManager, OrientirSettings settings)
{
    /// <summary>Signs in with <paramref name="scheme"/>; null on success. Failed attempts count towards the lockout.</summary>
    public async Task<SignInFailure?> SignInAsync(string? email, string? password, string scheme, bool persistent = false)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return SignInFailure.WrongPassword;
        var user = await signInManager.UserManager.FindByEmailAsync(email.Trim());
        if (user is null) return SignInFailure.WrongPassword;
        if (user.IsDemo && !settings.DemoMode) return SignInFailure.DemoOff;

        signInManager.AuthenticationScheme = scheme;
        var result = await signInManager.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        return result.Succeeded ? null : result.IsLockedOut ? SignInFailure.LockedOut : SignInFailure.WrongPassword;
    }
}
