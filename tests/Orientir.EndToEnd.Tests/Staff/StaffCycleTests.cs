using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Orientir.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests.Staff;

/// <summary>
/// Professional development on the demo region, through the pages: the methodologist approves the demo teacher's
/// proposed route; the teacher marks every step done with evidence and the route is completed, which the region's
/// dashboard counts; the director forms a mentoring pair in the school; and a teacher cannot see another teacher.
/// </summary>
public class StaffCycleTests(DemoBrowserFixture browser) : IClassFixture<DemoBrowserFixture>
{
    private static readonly string Methodologist = DemoAccounts.EmailOf(Roles.Methodologist);
    private static readonly string Teacher = DemoAccounts.EmailOf(Roles.Teacher);
    private static readonly string Director = DemoAccounts.EmailOf(Roles.SchoolLeader);

    [Fact]
    public async Task A_route_is_approved_and_followed_a_mentoring_pair_is_formed_and_a_teacher_sees_only_themself()
    {
        var (teacherCode, otherCode) = await DemoTeachersAsync();

        // 1. The methodologist sees the proposed route on the teacher's page and approves it.
        var methodologist = await browser.SignInAsync(Methodologist);
        await OpenAsync(methodologist, "/staff");
        await Expect(methodologist.Locator("#figure-routes")).ToContainTextAsync("1 / 0 / 0");
        await Expect(methodologist.Locator("#deficits-chart svg")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(methodologist, "staff-01-region-dashboard");
        await OpenAsync(methodologist, $"/staff/teachers/{teacherCode}");
        await Expect(methodologist.Locator("#teacher-deficits")).ToBeVisibleAsync();
        await Expect(methodologist.Locator("#route-status")).ToContainTextAsync("предложен");
        await BrowserFixture.ScreenshotAsync(methodologist, "staff-02-teacher-proposed-route");
        await methodologist.Locator("#route-approve").ClickAsync();
        await Expect(methodologist.Locator("#route-status")).ToContainTextAsync("утверждён");

        // 2. The teacher opens their own page and marks every step done with evidence; the route is completed.
        var teacher = await browser.SignInAsync(Teacher);
        await OpenAsync(teacher, "/staff/me");
        await Expect(teacher.Locator("#teacher-profile")).ToBeVisibleAsync();
        await Expect(teacher.GetByText($"Педагог {teacherCode}")).ToBeVisibleAsync();
        await Expect(teacher.Locator("#route-status")).ToContainTextAsync("утверждён");
        await BrowserFixture.ScreenshotAsync(teacher, "staff-03-teacher-own-route");
        var steps = await teacher.Locator("[id^='step-done-']").CountAsync();
        Assert.True(steps > 0, "the approved route has steps to mark done");
        for (var i = 0; i < steps; i++)
        {
            var button = teacher.Locator("[id^='step-done-']").First;
            var stepId = (await button.GetAttributeAsync("id"))!["step-done-".Length..];
            await button.ClickAsync();
            await teacher.Locator($"[id='step-evidence-{stepId}']").FillAsync($"Удостоверение о повышении квалификации № 77-{stepId}");
            await teacher.Locator($"[id='step-confirm-{stepId}']").ClickAsync();
            await Expect(teacher.Locator($"[id='step-done-{stepId}']")).ToHaveCountAsync(0);
        }
        await Expect(teacher.Locator("#route-status")).ToContainTextAsync("пройден");
        await BrowserFixture.ScreenshotAsync(teacher, "staff-04-route-completed");

        // 3. The region's dashboard counts the completed route.
        await OpenAsync(methodologist, "/staff");
        await Expect(methodologist.Locator("#figure-routes")).ToContainTextAsync("0 / 0 / 1");

        // 4. A teacher does not see another teacher: the page says not found, the API answers 404.
        await OpenAsync(teacher, $"/staff/teachers/{otherCode}");
        await Expect(teacher.Locator("#not-found")).ToBeVisibleAsync();
        await Expect(teacher.Locator("#teacher-profile")).ToHaveCountAsync(0);
        var api = await teacher.APIRequest.GetAsync($"/api/staff/teachers/{otherCode}");
        Assert.Equal(404, api.Status);

        // 5. The director forms a mentoring pair in the school: an experienced teacher and a colleague.
        var (form, mentor, mentee) = await PairAsync();
        var director = await browser.SignInAsync(Director);
        await OpenAsync(director, "/staff/mentoring");
        await director.Locator("#mentoring-form").SelectOptionAsync(form.ToString());
        await director.Locator("#mentoring-mentor").FillAsync(mentor);
        await director.Locator("#mentoring-mentees").FillAsync(mentee);
        await director.Locator("#mentoring-topic").FillAsync("Подготовка обучающихся к ВПР: разбор трудных заданий");
        await director.Locator("#mentoring-create").ClickAsync();
        await director.WaitForURLAsync(new Regex(@"/staff/mentoring/\d+$"));
        await SystemBrowser.WaitUntilInteractiveAsync(director);
        await Expect(director.Locator("#mentoring-group")).ToContainTextAsync(mentee);
        await BrowserFixture.ScreenshotAsync(director, "staff-05-mentoring-pair");
        await OpenAsync(director, $"/staff/teachers/{mentee}");
        await Expect(director.Locator("#teacher-mentoring-mentee")).ToContainTextAsync(mentor);
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await SystemBrowser.WaitUntilInteractiveAsync(page);
    }

    /// <summary>The demo teacher's code and a colleague's in another school.</summary>
    private async Task<(string Teacher, string Other)> DemoTeachersAsync()
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        var teacherId = await db.Users.Where(u => u.Email == Teacher).Select(u => u.TeacherId).SingleAsync();
        var teacher = await db.Teachers.SingleAsync(t => t.Id == teacherId);
        var other = await db.Teachers.Where(t => t.SchoolId != teacher.SchoolId).OrderBy(t => t.Code).Select(t => t.Code).FirstAsync();
        return (teacher.Code, other);
    }

    /// <summary>A pair of the director's school: an experienced mentor and a young teacher when there is one, else a colleague.</summary>
    private async Task<(MentoringForm Form, string Mentor, string Mentee)> PairAsync()
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        var schoolId = await db.Schools.OrderBy(s => s.Code).Select(s => s.Id).FirstAsync();
        var teachers = await db.Teachers.Where(t => t.SchoolId == schoolId).OrderByDescending(t => t.ExperienceYears).ThenBy(t => t.Code).ToListAsync();
        var mentor = teachers[0];
        var young = teachers.FirstOrDefault(t => t.ExperienceYears < 3);
        return young is not null && mentor.ExperienceYears >= 5
            ? (MentoringForm.ExperiencedToYoung, mentor.Code, young.Code)
            : (MentoringForm.TeacherToTeacher, mentor.Code, teachers[^1].Code);
    }
}
