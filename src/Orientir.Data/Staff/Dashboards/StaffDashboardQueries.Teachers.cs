using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Schools;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Dashboards;

public sealed partial class StaffDashboardQueries
{
    /// <summary>The teachers of the school with <paramref name="schoolCode"/> and their deficits of the year (default: the newest measured).</summary>
    public async Task<ScopedResult<SchoolTeachers>> SchoolTeachersAsync(StaffActor actor, string schoolCode, int? year = null,
        CancellationToken cancellationToken = default)
    {
        var school = await access.VisibleSchools(actor).AsNoTracking().Where(s => s.Code == schoolCode)
            .Select(s => new { s.Id, s.Code, s.Name, MunicipalityCode = s.Municipality!.Code, MunicipalityName = s.Municipality.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (school is null) return ScopedResult<SchoolTeachers>.NotFound();
        var teachers = access.VisibleTeachers(actor).Where(t => t.SchoolId == school.Id);
        var (years, newest) = await YearsAsync(teachers, cancellationToken);
        var chosen = year ?? newest;
        var ids = teachers.Select(t => t.Id);
        var list = await teachers.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        var deficits = (await db.TeacherMeasurements.AsNoTracking()
                .Where(m => m.Year == chosen && m.IsDeficit && ids.Contains(m.TeacherId))
                .Select(m => new { m.TeacherId, m.Code }).ToListAsync(cancellationToken))
            .ToLookup(m => m.TeacherId, m => m.Code);
        var routes = (await db.IndividualRoutes.AsNoTracking().Where(r => ids.Contains(r.TeacherId))
                .Select(r => new { r.Id, r.TeacherId, r.Year, r.Status }).ToListAsync(cancellationToken))
            .GroupBy(r => r.TeacherId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Year).ThenByDescending(r => r.Id).First());
        var roles = await MentoringRolesAsync(ids, cancellationToken);
        var young = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.Staff.YoungTeacherYears;
        var rows = list.Select(t => new SchoolTeacherRow(t.Code, t.SubjectList, t.ExperienceYears, t.Category, t.ExperienceYears < young,
            deficits[t.Id].Distinct().Order(StringComparer.Ordinal).ToList(),
            routes.GetValueOrDefault(t.Id)?.Status, routes.GetValueOrDefault(t.Id)?.Year,
            roles.GetValueOrDefault(t.Id, MentoringRole.None))).ToList();
        var allYears = years.Contains(chosen) ? years : [.. years.Append(chosen).OrderDescending()];
        return ScopedResult<SchoolTeachers>.Ok(new SchoolTeachers(school.Code, school.Name, school.MunicipalityCode, school.MunicipalityName,
            chosen, allYears, rows));
    }

    /// <summary>The page of the teacher with <paramref name="code"/>: profile, measurements of every year with evidence, classes, diagnostics.</summary>
    public async Task<ScopedResult<TeacherProfile>> TeacherAsync(StaffActor actor, string code, CancellationToken cancellationToken = default) =>
        await access.VisibleTeacherAsync(actor, code, cancellationToken) is { } teacher
            ? ScopedResult<TeacherProfile>.Ok(await ProfileAsync(teacher, cancellationToken))
            : ScopedResult<TeacherProfile>.NotFound();

    /// <summary>A teacher's own page; an account that is not a teacher's, or has no teacher record, is told so.</summary>
    public async Task<ScopedResult<TeacherProfile>> MeAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsTeacher || actor.TeacherId is not { } id)
            return ScopedResult<TeacherProfile>.Forbidden(NoTeacherRecord);
        var teacher = await access.VisibleTeachers(actor).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return teacher is null ? ScopedResult<TeacherProfile>.Forbidden(NoTeacherRecord) : ScopedResult<TeacherProfile>.Ok(await ProfileAsync(teacher, cancellationToken));
    }

    public const string NoTeacherRecord =
        "Ваша учётная запись не связана с карточкой педагога. Обратитесь к администратору: он укажет код педагога в учётной записи.";

    private async Task<TeacherProfile> ProfileAsync(Teacher teacher, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == teacher.SchoolId)
            .Select(s => new { s.Code, s.Name, Municipality = s.Municipality!.Name }).SingleAsync(cancellationToken);
        var competences = await db.Competences.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var measurements = await db.TeacherMeasurements.AsNoTracking().Where(m => m.TeacherId == teacher.Id).ToListAsync(cancellationToken);
        var years = measurements.GroupBy(m => m.Year).OrderByDescending(g => g.Key)
            .Select(g => new TeacherYear(g.Key, g.OrderByDescending(m => m.IsDeficit).ThenBy(m => m.Source)
                .ThenBy(m => m.Subject, StringComparer.Ordinal).ThenBy(m => m.Code, StringComparer.Ordinal)
                .Select(m => new TeacherMeasurementRow(m.Source, m.Code,
                    m.Source == MeasurementSource.Diagnostic ? competences.GetValueOrDefault(m.Code, m.Code) : m.Code,
                    m.Subject, m.ProcedureCode, m.Value, m.Reference, m.IsDeficit, m.Works, EvidenceJson.ReadList(m.EvidenceJson)))
                .ToList()))
            .ToList();
        var classes = await db.TeacherClasses.AsNoTracking().Where(c => c.TeacherId == teacher.Id)
            .Select(c => new TeacherClassRow(c.Year, c.ClassLabel, c.Subject)).ToListAsync(cancellationToken);
        var diagnostics = await db.TeacherDiagnostics.AsNoTracking().Where(d => d.TeacherId == teacher.Id).ToListAsync(cancellationToken);
        var young = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.Staff.YoungTeacherYears;
        var roles = await MentoringRolesAsync(db.Teachers.Where(t => t.Id == teacher.Id).Select(t => t.Id), cancellationToken);
        return new TeacherProfile(teacher.Code, school.Code, school.Name, school.Municipality, teacher.SubjectList, teacher.ExperienceYears,
            teacher.Category, teacher.ExperienceYears < young, roles.GetValueOrDefault(teacher.Id, MentoringRole.None), years,
            [.. classes.OrderByDescending(c => c.Year).ThenBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.ClassLabel, StringComparer.Ordinal)],
            [.. diagnostics.OrderByDescending(d => d.Year).ThenBy(d => d.Procedure, StringComparer.Ordinal).ThenBy(d => d.CompetenceCode, StringComparer.Ordinal)
                .Select(d => new TeacherDiagnosticRow(d.Year, d.Procedure, d.CompetenceCode, competences.GetValueOrDefault(d.CompetenceCode, d.CompetenceCode),
                    d.Score, d.MaxScore, Math.Round(d.Percent, 1)))]);
    }

    /// <summary>Mentor of an active group beats mentee in one: the role a table shows.</summary>
    private async Task<Dictionary<int, MentoringRole>> MentoringRolesAsync(IQueryable<int> teacherIds, CancellationToken cancellationToken)
    {
        var active = db.MentoringGroups.Where(g => g.Status == MentoringStatus.Active);
        var mentors = await active.Where(g => teacherIds.Contains(g.MentorTeacherId)).Select(g => g.MentorTeacherId).Distinct().ToListAsync(cancellationToken);
        var mentees = await db.MentoringMentees.Where(m => teacherIds.Contains(m.TeacherId) && active.Any(g => g.Id == m.GroupId))
            .Select(m => m.TeacherId).Distinct().ToListAsync(cancellationToken);
        var roles = mentees.ToDictionary(id => id, _ => MentoringRole.Mentee);
        foreach (var id in mentors) roles[id] = MentoringRole.Mentor;
        return roles;
    }
}
