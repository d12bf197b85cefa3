using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Access;
using Orientir.Data.Staff.Mentoring;
using Orientir.Domain.Staff;
using Orientir.Web.Access;

namespace Orientir.Web.Staff.Mentoring;

/// <summary>A new group: <see cref="Form"/> is TeacherToTeacher, ExperiencedToYoung or LeaderToTeam; the teachers by code.</summary>
public sealed record MentoringCreateRequest(string? Form, string? MentorCode, IReadOnlyList<string>? MenteeCodes, string? Topic, DateOnly? StartDate);

public sealed record MentoringGoalRequest(string? Text);

public sealed record MentoringGoalAchievedRequest(bool Achieved);

public sealed record MentoringMeetingRequest(DateOnly? Date, string? Topic);

public sealed record MentoringHeldRequest(string? Notes);

public sealed record MentoringCompleteRequest(DateOnly? EndDate);

/// <summary><c>/api/staff/mentoring</c>: groups in the actor's scope and their personalised programmes.</summary>
internal static class MentoringApi
{
    public static IEndpointRouteBuilder MapMentoringApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/mentoring", GetGroupsAsync).WithSummary("Группы наставничества в области видимости (фильтр: form, status)");
        api.MapPost("/mentoring", CreateAsync).WithSummary("Создать пару или группу наставничества");
        api.MapGet("/mentoring/{id:int}", GetAsync).WithSummary("Программа наставничества группы: цели и встречи");
        api.MapPost("/mentoring/{id:int}/goals", AddGoalAsync).WithSummary("Добавить цель программы");
        api.MapPut("/mentoring/{id:int}/goals/{goalId:long}", SetGoalAchievedAsync).WithSummary("Отметить цель достигнутой (или снять отметку)");
        api.MapPost("/mentoring/{id:int}/meetings", AddMeetingAsync).WithSummary("Запланировать встречу");
        api.MapPost("/mentoring/{id:int}/meetings/{meetingId:long}/held", MarkHeldAsync).WithSummary("Отметить встречу проведённой, с итогами");
        api.MapPost("/mentoring/{id:int}/complete", CompleteAsync).WithSummary("Завершить наставничество");
        api.MapGet("/mentoring/teachers/{code}", GetTeacherAsync).WithSummary("Группы педагога: как наставника и как наставляемого");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<MentoringGroupRow>>, ProblemHttpResult>> GetGroupsAsync(string? form, string? status,
        ClaimsPrincipal user, ScopedQueries scoped, MentoringQueries queries, CancellationToken cancellationToken)
    {
        MentoringForm? formValue = null;
        MentoringStatus? statusValue = null;
        if (!string.IsNullOrEmpty(form))
        {
            if (!Enum.TryParse<MentoringForm>(form, ignoreCase: true, out var parsed)) return Invalid("Форма наставничества: TeacherToTeacher, ExperiencedToYoung или LeaderToTeam.");
            formValue = parsed;
        }
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<MentoringStatus>(status, ignoreCase: true, out var parsed)) return Invalid("Статус: Active или Completed.");
            statusValue = parsed;
        }
        return TypedResults.Ok(await queries.GroupsAsync(await scoped.StaffActorAsync(user, cancellationToken), formValue, statusValue, cancellationToken));
    }

    private static async Task<Results<Ok<MentoringProgramme>, NotFound, ProblemHttpResult>> CreateAsync(MentoringCreateRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, MentoringCommands commands, CancellationToken cancellationToken)
    {
        var actor = await scoped.StaffActorAsync(user, cancellationToken);
        if (!Enum.TryParse<MentoringForm>(request.Form, ignoreCase: true, out var form) || !Enum.IsDefined(form))
            return Invalid("Форма наставничества: TeacherToTeacher, ExperiencedToYoung или LeaderToTeam.");
        if (request.StartDate is not { } start) return Invalid("Дата начала: не заполнена.");
        return (await commands.CreateAsync(actor, new MentoringGroupInput(form, request.MentorCode ?? "", request.MenteeCodes ?? [], request.Topic ?? "", start),
            cancellationToken)).ToHttp();
    }

    private static async Task<Results<Ok<MentoringProgramme>, NotFound, ProblemHttpResult>> GetAsync(int id, ClaimsPrincipal user, ScopedQueries scoped,
        MentoringQueries queries, CancellationToken cancellationToken) =>
        (await queries.ProgrammeAsync(await scoped.StaffActorAsync(user, cancellationToken), id, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TeacherMentoring>, NotFound, ProblemHttpResult>> GetTeacherAsync(string code, ClaimsPrincipal user,
        ScopedQueries scoped, MentoringQueries queries, CancellationToken cancellationToken) =>
        (await queries.TeacherAsync(await scoped.StaffActorAsync(user, cancellationToken), code, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<MentoringProgramme>, NotFound, ProblemHttpResult>> AddGoalAsync(int id, MentoringGoalRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, MentoringCommands commands, CancellationToken cancellationToken) =>
        (await commands.AddGoalAsync(await scoped.StaffActorAsync(user, cancellationToken), id, request.Text ?? "", cancellationToken)).ToHttp();

    private static async Task<Results<Ok<MentoringProgramme>, NotFound, ProblemHttpResult>> SetGoalAchievedAsync(int id, long goalId,
        MentoringGoalAchievedRequest request, ClaimsPrincipal user, ScopedQueries scoped, MentoringCommands commands, CancellationToken cancellationToken) =>
        (await commands.SetGoalAchievedAsync(await scoped.StaffActorAsync(user, cancellationToken), id, goalId, request.Achieved, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<MentoringProgramme>, NotFound, ProblemHttpResult>> AddMeetingAsync(int id, MentoringMeetingRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, MentoringCommands commands, CancellationToken cancellationToken)
    {
        if (request.Date is not { } date) return Invalid("Дата встречи: не заполнена.");
        return (await commands.AddMeetingAsync(await scoped.StaffActorAsync(user, cancellationToken), id, date, request.Topic ?? "", cancellationToken)).ToHttp();
    }

    private static async Task<Results<Ok<MentoringProgramme>, NotFound, ProblemHttpResult>> MarkHeldAsync(int id, long meetingId, MentoringHeldRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, MentoringCommands commands, CancellationToken cancellationToken) =>
        (await commands.MarkMeetingHeldAsync(await scoped.StaffActorAsync(user, cancellationToken), id, meetingId, request.Notes, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<MentoringProgramme>, NotFound, ProblemHttpResult>> CompleteAsync(int id, MentoringCompleteRequest? request,
        ClaimsPrincipal user, ScopedQueries scoped, MentoringCommands commands, CancellationToken cancellationToken) =>
        (await commands.CompleteAsync(await scoped.StaffActorAsync(user, cancellationToken), id, request?.EndDate, cancellationToken)).ToHttp();

    private static ProblemHttpResult Invalid(string message) =>
        TypedResults.Problem(title: "Данные не приняты", detail: message, statusCode: StatusCodes.Status400BadRequest);
}
