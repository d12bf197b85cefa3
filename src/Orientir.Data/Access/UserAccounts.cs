using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Support.Lists;
using Orientir.Domain.Access;
using Orientir.Domain.Audit;

namespace Orientir.Data.Access;

/// <summary>What an account is to be: a role and, for the roles that need it, the municipality or school codes.</summary>
public sealed record NewAccount(
    string Email,
    string Role,
    string? MunicipalityCode = null,
    IReadOnlyList<string>? SchoolCodes = null,
    string? Password = null,
    string? DisplayName = null,
    bool IsDemo = false,
    string? TeacherCode = null);

/// <summary>A mistake in a request to create an account, with a stable code and a Russian message.</summary>
public sealed record AccountError(string Code, string Message)
{
    public override string ToString() => $"{Message} [{Code}]";
}

public sealed record AddAccountResult(OrientirUser? User, string? GeneratedPassword, IReadOnlyList<AccountError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static AddAccountResult Failed(params AccountError[] errors) => new(null, null, errors);
}

/// <summary>Creates accounts: checks that the role and its scope fit together, then stores the account, its role and an audit entry.</summary>
public sealed class UserAccounts(UserManager<OrientirUser> users, RoleManager<IdentityRole> roles, OrientirDbContext db)
{
    public const string AuditAction = "users.add";

    public async Task<AddAccountResult> AddAsync(NewAccount account, string actor, CancellationToken cancellationToken = default)
    {
        var schoolCodes = account.SchoolCodes ?? [];
        var problems = CheckRoleAndScope(account.Role, account.MunicipalityCode, schoolCodes);
        if (problems.Count > 0) return new AddAccountResult(null, null, problems);
        if (await users.FindByEmailAsync(account.Email) is not null)
            return AddAccountResult.Failed(new AccountError("USR-EMAIL-TAKEN", $"Пользователь с адресом {account.Email} уже есть."));

        int? municipalityId = null;
        if (account.MunicipalityCode is { } municipalityCode)
        {
            municipalityId = await db.Municipalities.Where(m => m.Code == municipalityCode).Select(m => (int?)m.Id)
                .SingleOrDefaultAsync(cancellationToken);
            if (municipalityId is null)
                return AddAccountResult.Failed(new AccountError("USR-NO-MUNICIPALITY", $"Муниципалитет с кодом «{municipalityCode}» не найден."));
        }
        var schoolIds = new List<int>();
        foreach (var code in schoolCodes)
        {
            var schoolId = await db.Schools.Where(s => s.Code == code).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
            if (schoolId is null)
                return AddAccountResult.Failed(new AccountError("USR-NO-SCHOOL", $"Школа с кодом «{code}» не найдена."));
            schoolIds.Add(schoolId.Value);
        }

        int? teacherId = null;
        if (account.TeacherCode is { } teacherCode)
        {
            if (account.Role != Roles.Teacher)
                return AddAccountResult.Failed(new AccountError("USR-TEACHER-ROLE", "Код педагога указывается только для роли «Педагог»."));
            teacherId = await db.Teachers.Where(t => t.Code == teacherCode && t.SchoolId == schoolIds[0]).Select(t => (int?)t.Id)
                .SingleOrDefaultAsync(cancellationToken);
            if (teacherId is null)
                return AddAccountResult.Failed(new AccountError("USR-NO-TEACHER", $"Педагог с кодом «{teacherCode}» в школе «{schoolCodes[0]}» не найден."));
        }

        var generated = string.IsNullOrEmpty(account.Password) ? GeneratePassword() : null;
        var user = new OrientirUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName ?? account.Email,
            MunicipalityId = municipalityId,
            SchoolId = Roles.NeedsSchool(account.Role) ? schoolIds[0] : null,
            TeacherId = teacherId,
            IsDemo = account.IsDemo,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureRolesAsync();
        var created = await users.CreateAsync(user, account.Password is { Length: > 0 } password ? password : generated!);
        if (!created.Succeeded) return new AddAccountResult(null, null, [.. created.Errors.Select(Translate)]);
        var inRole = await users.AddToRoleAsync(user, account.Role);
        if (!inRole.Succeeded) return new AddAccountResult(null, null, [.. inRole.Errors.Select(Translate)]);
        if (account.Role == Roles.Curator)
        {
            // Through the support's assignments, so that the school's curator history starts here and a school keeps one curator.
            var now = DateTime.UtcNow;
            foreach (var schoolId in schoolIds.Distinct())
                await CuratorScope.AssignAsync(db, schoolId, user.Id, actor, "учётная запись создана с этой школой", now, cancellationToken);
        }
        var scope = account.MunicipalityCode is { } m ? $" municipality={m}" : schoolCodes.Count > 0 ? $" schools={string.Join(',', schoolCodes)}" : "";
        if (account.TeacherCode is { } linked) scope += $" teacher={linked}";
        db.Audit.Add(new AuditEntry(DateTime.UtcNow, actor, AuditAction, $"{account.Email} role={account.Role}{scope}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AddAccountResult(user, generated, []);
    }

    /// <summary>The roles of <see cref="Roles.All"/> as Identity roles; created when missing.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    public static IReadOnlyList<AccountError> CheckRoleAndScope(string role, string? municipalityCode, IReadOnlyList<string> schoolCodes)
    {
        if (!Roles.All.Contains(role))
            return [new("USR-ROLE", $"Неизвестная роль «{role}». Допустимые роли: {string.Join(", ", Roles.All)}.")];
        var russian = Roles.Russian(role);
        if (municipalityCode is not null && schoolCodes.Count > 0)
            return [new("USR-SCOPE-BOTH", "Укажите либо муниципалитет, либо школу, но не то и другое.")];
        if (Roles.IsRegionWide(role) && (municipalityCode is not null || schoolCodes.Count > 0))
            return [new("USR-SCOPE-REGION", $"Роль «{russian}» видит весь регион: муниципалитет и школа не указываются.")];
        if (Roles.NeedsMunicipality(role) && municipalityCode is null)
            return [new("USR-SCOPE-MUNICIPALITY", $"Для роли «{russian}» укажите муниципалитет (--municipality КОД).")];
        if (Roles.NeedsSchool(role) && schoolCodes.Count != 1)
            return [new("USR-SCOPE-SCHOOL", $"Для роли «{russian}» укажите одну школу (--school КОД).")];
        if (role == Roles.Curator && municipalityCode is not null)
            return [new("USR-SCOPE-CURATOR", "Куратору назначаются школы (--school КОД1,КОД2), а не муниципалитет.")];
        return [];
    }

    /// <summary>A random password that meets the policy of <see cref="OrientirIdentity"/>.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!#$%&*+-=?@";
        const string all = lower + upper + digits + symbols;
        var chars = new char[14];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static AccountError Translate(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => new("USR-PASSWORD", "Пароль короче 10 символов."),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new("USR-PASSWORD", "В пароле нужна цифра."),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new("USR-PASSWORD", "В пароле нужна заглавная буква."),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new("USR-PASSWORD", "В пароле нужна строчная буква."),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => new("USR-PASSWORD", "В пароле нужен символ, не буква и не цифра."),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => new("USR-EMAIL", "Неверный адрес электронной почты."),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => new("USR-EMAIL-TAKEN", "Пользователь с таким адресом уже есть."),
        _ => new("USR-" + error.Code.ToUpperInvariant(), error.Description),
    };
}
