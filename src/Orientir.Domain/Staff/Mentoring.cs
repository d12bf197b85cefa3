namespace Orientir.Domain.Staff;

/// <summary>The forms of mentoring (наставничество) of the regional mentoring system.</summary>
public enum MentoringForm
{
    /// <summary>«Учитель – учитель»: colleagues of similar experience.</summary>
    TeacherToTeacher,
    /// <summary>Опытный педагог – молодой специалист.</summary>
    ExperiencedToYoung,
    /// <summary>Руководитель – коллектив (команда).</summary>
    LeaderToTeam,
}

public enum MentoringStatus { Active, Completed }

/// <summary>
/// A mentoring pair or group: one mentor and one or more mentees, with a personalised mentoring programme (goals and
/// meetings). A pair is a group of one mentee.
/// </summary>
public sealed class MentoringGroup
{
    public int Id { get; set; }
    public MentoringForm Form { get; set; }
    public int MentorTeacherId { get; set; }
    /// <summary>The school the group belongs to (the mentees'); a mentor may come from another school.</summary>
    public int SchoolId { get; set; }
    public string Topic { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public MentoringStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
}

public sealed class MentoringMentee
{
    public long Id { get; set; }
    public int GroupId { get; set; }
    public int TeacherId { get; set; }
}

/// <summary>A goal of the personalised mentoring programme.</summary>
public sealed class MentoringGoal
{
    public long Id { get; set; }
    public int GroupId { get; set; }
    public string Text { get; set; } = "";
    public bool Achieved { get; set; }
}

/// <summary>A planned or held meeting of the mentoring programme.</summary>
public sealed class MentoringMeeting
{
    public long Id { get; set; }
    public int GroupId { get; set; }
    public DateOnly Date { get; set; }
    public string Topic { get; set; } = "";
    public bool Held { get; set; }
    public string? Notes { get; set; }
}
