using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Imports;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Web.Tests.Infrastructure;

/// <summary>
/// A tiny region written straight through EF: municipalities M01 and M02 with two schools each, one procedure with
/// works in every school, and one account per role. Curators, officers and school staff are bound so that every
/// role has something it may see and something it may not.
/// </summary>
public static class TestRegion
{
    public const string Password = "Test-Pass-1!";

    public const string ProcedureCode = "VPR-2025-RU-4";
    public const string SecondProcedureCode = "VPR-2025-MA-4";

    /// <summary>Works per school in <see cref="ProcedureCode"/>: S011 3, S012 2, S021 4, S022 1.</summary>
    public static readonly IReadOnlyDictionary<string, int> Works = new Dictionary<string, int>
    {
        ["S011"] = 3, ["S012"] = 2, ["S021"] = 4, ["S022"] = 1,
    };

    public static readonly IReadOnlyDictionary<string, string> SchoolNames = new Dictionary<string, string>
    {
        ["S011"] = "Гимназия № 1 города Альфа",
        ["S012"] = "Средняя школа села Берёзовка",
        ["S021"] = "Лицей № 2 города Гамма",
        ["S022"] = "Основная школа деревни Дельта",
    };

    public static readonly IReadOnlyDictionary<string, string> MunicipalityNames = new Dictionary<string, string>
    {
        ["M01"] = "Альфинский муниципальный округ",
        ["M02"] = "Гамминский муниципальный район",
    };

    /// <summary>One account per role, plus a locked-out victim and a demo account.</summary>
    public static readonly IReadOnlyList<TestUser> Users =
    [
        new("admin@test.orientir", Roles.Admin, null, []),
        new("analyst@test.orientir", Roles.RegionAnalyst, null, []),
        new("methodologist@test.orientir", Roles.Methodologist, null, []),
        new("curator@test.orientir", Roles.Curator, null, ["S011", "S021"]),
        new("mo@test.orientir", Roles.MunicipalOfficer, "M01", []),
        new("director@test.orientir", Roles.SchoolLeader, null, ["S011"]),
        new("teacher@test.orientir", Roles.Teacher, null, ["S012"]),
    ];

    public static TestUser User(string role) => Users.Single(u => u.Role == role);

    public static async Task SeedRegistryAsync(string connectionString)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        var batch = new ImportBatch("test", new string('0', 64), DateTime.UtcNow, "test", 0);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();

        var municipalities = MunicipalityNames.Select(m => new Municipality(m.Key, m.Value, batch.Id)).ToList();
        db.Municipalities.AddRange(municipalities);
        await db.SaveChangesAsync();

        var passport = new SocialPassport(35.5, 12, null, 8.25, 3, 2, 0.5);
        var schools = SchoolNames.Select(s => new School(s.Key, municipalities.Single(m => m.Code == "M0" + s.Key[2]).Id, s.Value,
            s.Key.EndsWith('1') ? SchoolType.Gymnasium : SchoolType.General,
            s.Key.EndsWith('1') ? Locality.Urban : Locality.Rural, 400 + s.Key[3], passport, batch.Id)).ToList();
        db.Schools.AddRange(schools);
        await db.SaveChangesAsync();

        var russian = new AssessmentProcedure(ProcedureCode, ProcedureKind.Vpr, "RU", 4, 2025, 6, new MarkThresholds(2, 4, 6), null, batch.Id);
        russian.ReplaceTasks([
            new AssessmentTask(0, "1", 2, TaskLevel.Basic, ["1.1", "1.2"], batch.Id),
            new AssessmentTask(1, "2", 1, TaskLevel.Advanced, ["2.1"], batch.Id),
            new AssessmentTask(2, "3", 3, TaskLevel.High, [], batch.Id),
        ]);
        // Taken by S021 only: in M02, and among the curator's schools.
        var maths = new AssessmentProcedure(SecondProcedureCode, ProcedureKind.Vpr, "MA", 4, 2025, 4, new MarkThresholds(1, 2, 3), null, batch.Id);
        maths.ReplaceTasks([new AssessmentTask(0, "1", 4, TaskLevel.Basic, ["M1"], batch.Id)]);
        db.Procedures.AddRange(russian, maths);
        await db.SaveChangesAsync();

        var n = 0;
        foreach (var school in schools)
        {
            for (var i = 0; i < Works[school.Code]; i++)
            {
                n++;
                db.Works.Add(new StudentWork(russian.Id, school.Id, $"P{n:0000}", $"ST{n}", "4А", "1", 4, [2, 1, 1], 4, 4, batch.Id));
            }
        }
        db.Works.Add(new StudentWork(maths.Id, schools.Single(s => s.Code == "S021").Id, "MA0001", "ST1", "4А", "1", 4, [3], 3, 5, batch.Id));
        await db.SaveChangesAsync();
    }

    public static async Task SeedUsersAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        foreach (var user in Users)
        {
            var result = await accounts.AddAsync(new NewAccount(user.Email, user.Role, user.Municipality, user.Schools, Password), "test");
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
        }
    }
}

public sealed record TestUser(string Email, string Role, string? Municipality, IReadOnlyList<string> Schools)
{
    public override string ToString() => Role;
}
