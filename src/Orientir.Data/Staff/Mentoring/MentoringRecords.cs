using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Mentoring;

/// <summary>A new group as the form sends it: the mentor's and the mentees' teacher codes.</summary>
public sealed record MentoringGroupInput(MentoringForm Form, string MentorCode, IReadOnlyList<string> MenteeCodes, string Topic, DateOnly StartDate);

public sealed record MentoringTeacher(string Code, string SchoolCode, int ExperienceYears, TeacherCategory Category);

/// <summary>A group in a list: who, what form, how far its programme has got.</summary>
public sealed record MentoringGroupRow(int Id, MentoringForm Form, MentoringStatus Status, string SchoolCode, string SchoolName, string Topic,
    DateOnly StartDate, DateOnly? EndDate, MentoringTeacher Mentor, IReadOnlyList<MentoringTeacher> Mentees,
    int GoalsAchieved, int Goals, int MeetingsHeld, int Meetings);

public sealed record MentoringGoalRow(long Id, string Text, bool Achieved);

public sealed record MentoringMeetingRow(long Id, DateOnly Date, string Topic, bool Held, string? Notes);

/// <summary>
/// A group's personalised mentoring programme: its goals and meetings, and what the actor may do with it (manage:
/// goals, meetings, completion; mark meetings held: also the mentor and the mentees themselves).
/// </summary>
public sealed record MentoringProgramme(MentoringGroupRow Group, IReadOnlyList<MentoringGoalRow> Goals, IReadOnlyList<MentoringMeetingRow> Meetings,
    bool CanManage, bool CanMarkHeld);

/// <summary>A teacher's groups, as the mentor and as a mentee.</summary>
public sealed record TeacherMentoring(string TeacherCode, IReadOnlyList<MentoringGroupRow> AsMentor, IReadOnlyList<MentoringGroupRow> AsMentee);
