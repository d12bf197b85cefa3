using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Analytics.Schools;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Dashboards;

/// <summary>
/// An app of its own over <see cref="TestRegion"/> with teachers of 2025: A011 (S011, young, deficits METH and RU 1.1,
/// a mentee of B011 in an active group, a proposed route), B011 (S011, the mentor), C012 (S012, deficit METH: the test
/// teacher's own record), D012 (S012, a colleague the test teacher must not see), E021 (S021, deficit MA 2.1).
/// </summary>
public sealed class StaffViewsApp : IAsyncLifetime
{
    public const string TeacherWithoutRecord = "teacher.none@test.orientir";

    public WebAppFixture App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var batch = await db.ImportBatches.Select(b => b.Id).FirstAsync();
        var methodology = (await new MethodologyStore(db).CurrentAsync()).Id;
        Teacher New(string code, string school, string subjects, int experience) =>
            new() { Code = code, SchoolId = schools[school], Subjects = subjects, ExperienceYears = experience, Category = TeacherCategory.First, ImportBatchId = batch };
        var teachers = new[] { New("A011", "S011", "RU", 2), New("B011", "S011", "RU", 12), New("C012", "S012", "MA", 5), New("D012", "S012", "RU", 7), New("E021", "S021", "MA", 9) }
            .ToDictionary(t => t.Code);
        db.Teachers.AddRange(teachers.Values);
        await db.SaveChangesAsync();

        TeacherMeasurement Diagnostic(string teacher, string code, double percent) => new()
        {
            TeacherId = teachers[teacher].Id, Year = 2025, Source = MeasurementSource.Diagnostic, Code = code, ProcedureCode = "DIAG-2025",
            Value = percent, Reference = 50, IsDeficit = percent < 50, MethodologyVersionId = methodology, ComputedAtUtc = DateTime.UtcNow,
            EvidenceJson = EvidenceJson.Write([new Evidence("score", percent / 10), new Evidence("max_score", 10), new Evidence("percent", percent), new Evidence("level", 50)]),
        };
        TeacherMeasurement Result(string teacher, string subject, string code, double value) => new()
        {
            TeacherId = teachers[teacher].Id, Year = 2025, Source = MeasurementSource.Results, Code = code, Subject = subject,
            ProcedureCode = $"VPR-2025-{subject}-5", Value = value, Reference = 70, IsDeficit = true, Works = 24,
            MethodologyVersionId = methodology, ComputedAtUtc = DateTime.UtcNow,
            EvidenceJson = EvidenceJson.Write([new Evidence("value", value), new Evidence("comparable", 70), new Evidence("gap", 70 - value), new Evidence("works", 24)]),
        };
        db.TeacherMeasurements.AddRange(Diagnostic("A011", "METH", 40), Result("A011", "RU", "1.1", 48), Diagnostic("B011", "SUBJ", 90),
            Diagnostic("C012", "METH", 35), Diagnostic("D012", "PSY", 20), Result("E021", "MA", "2.1", 52));
        db.IndividualRoutes.Add(new IndividualRoute { TeacherId = teachers["A011"].Id, Year = 2025, Status = RouteStatus.Proposed, CreatedAtUtc = DateTime.UtcNow, CreatedBy = "test" });
        var group = new MentoringGroup
        {
            Form = MentoringForm.ExperiencedToYoung, MentorTeacherId = teachers["B011"].Id, SchoolId = schools["S011"], Topic = "Урок",
            StartDate = new DateOnly(2025, 9, 1), Status = MentoringStatus.Active, CreatedAtUtc = DateTime.UtcNow, CreatedBy = "test",
        };
        db.MentoringGroups.Add(group);
        await db.SaveChangesAsync();
        db.MentoringMentees.Add(new MentoringMentee { GroupId = group.Id, TeacherId = teachers["A011"].Id });
        var teacherEmail = TestRegion.User(Roles.Teacher).Email;
        (await db.Users.SingleAsync(u => u.Email == teacherEmail)).TeacherId = teachers["C012"].Id;
        await db.SaveChangesAsync();

        var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .AddAsync(new NewAccount(TeacherWithoutRecord, Roles.Teacher, null, ["S012"], TestRegion.Password), "test");
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
