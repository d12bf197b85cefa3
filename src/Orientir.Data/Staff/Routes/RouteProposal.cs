using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Staff;
using Orientir.Data.Database;
using Orientir.Domain.Results;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Routes;

/// <summary>
/// The steps proposed for a teacher's deficits (docs/staff/routes.md): catalogue courses by target, a mentor, for
/// results deficits an internship at the strongest school on the skill and the subject's methodical association, and
/// self-study for a deficit that no course, mentor or internship addresses.
/// </summary>
internal sealed class RouteProposal(OrientirDbContext db, StaffDevelopmentSettings settings, DateOnly deadline)
{
    public async Task<IReadOnlyList<RouteStep>> StepsAsync(Teacher teacher, IReadOnlyList<TeacherMeasurement> deficits,
        CancellationToken cancellationToken)
    {
        var steps = new List<RouteStep>();
        var addressed = new HashSet<string>();
        await AddCoursesAsync(steps, deficits, addressed, cancellationToken);
        await AddMentorsAsync(steps, teacher, deficits, addressed, cancellationToken);
        var results = deficits.Where(d => d.Source == MeasurementSource.Results).ToList();
        await AddInternshipsAsync(steps, teacher, results, addressed, cancellationToken);
        await AddAssociationsAsync(steps, teacher, results, cancellationToken);
        var names = await db.Competences.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        foreach (var deficit in deficits.Where(d => !addressed.Contains(d.Code)))
            steps.Add(Step(RouteStepKind.SelfStudy, $"Самообразование: {names.GetValueOrDefault(deficit.Code, deficit.Code)}", [deficit.Code]));
        for (var i = 0; i < steps.Count; i++) steps[i].Order = i + 1;
        return steps;
    }

    private async Task AddCoursesAsync(List<RouteStep> steps, IReadOnlyList<TeacherMeasurement> deficits, HashSet<string> addressed,
        CancellationToken cancellationToken)
    {
        if (settings.CoursesPerDeficit == 0) return;
        var programmes = await db.CourseProgrammes.AsNoTracking().Where(p => p.IsActive).ToListAsync(cancellationToken);
        var chosen = new Dictionary<int, (CourseProgramme Programme, List<string> Codes)>();
        foreach (var deficit in deficits)
        {
            var best = programmes.Select(p => (Programme: p, Specificity: TargetMatch.Specificity(p.TargetList, deficit.Code)))
                .Where(m => m.Specificity > 0)
                .OrderByDescending(m => m.Specificity).ThenBy(m => m.Programme.Hours).ThenBy(m => m.Programme.Id)
                .Take(settings.CoursesPerDeficit);
            foreach (var (programme, _) in best)
            {
                if (!chosen.TryGetValue(programme.Id, out var entry)) chosen[programme.Id] = entry = (programme, []);
                entry.Codes.Add(deficit.Code);
                addressed.Add(deficit.Code);
            }
        }
        steps.AddRange(chosen.Values.Select(c => Step(RouteStepKind.Course, c.Programme.Title, c.Codes, programmeId: c.Programme.Id)));
    }

    private async Task AddMentorsAsync(List<RouteStep> steps, Teacher teacher, IReadOnlyList<TeacherMeasurement> deficits,
        HashSet<string> addressed, CancellationToken cancellationToken)
    {
        var municipality = await MunicipalityOfAsync(teacher.SchoolId, cancellationToken);
        var colleagues = await (from t in db.Teachers.AsNoTracking()
                                join s in db.Schools on t.SchoolId equals s.Id
                                where s.MunicipalityId == municipality && t.Id != teacher.Id && t.ExperienceYears >= settings.MentorMinimumYears
                                      && (t.Category == TeacherCategory.First || t.Category == TeacherCategory.Highest)
                                select new { Teacher = t, SchoolName = s.Name }).ToListAsync(cancellationToken);
        var ids = colleagues.Select(c => c.Teacher.Id).ToList();
        var codes = deficits.Select(d => d.Code).Distinct().ToList();
        var measured = await db.TeacherMeasurements.AsNoTracking()
            .Where(m => ids.Contains(m.TeacherId) && codes.Contains(m.Code))
            .Select(m => new { m.Id, m.TeacherId, m.Source, m.Code, m.Year, m.Value, m.IsDeficit }).ToListAsync(cancellationToken);
        var newest = measured.GroupBy(m => (m.TeacherId, m.Source, m.Code))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Year).ThenByDescending(m => m.Id).First());

        var chosen = new Dictionary<int, (Teacher Mentor, string SchoolName, List<string> Codes)>();
        foreach (var deficit in deficits)
        {
            var mentor = colleagues
                .Where(c => deficit.Source != MeasurementSource.Results || c.Teacher.SubjectList.Contains(deficit.Subject, StringComparer.OrdinalIgnoreCase))
                .Select(c => (c.Teacher, c.SchoolName, Newest: newest.GetValueOrDefault((c.Teacher.Id, deficit.Source, deficit.Code))))
                .Where(c => c.Newest is null || !c.Newest.IsDeficit)
                .OrderByDescending(c => c.Teacher.SchoolId == teacher.SchoolId)
                .ThenByDescending(c => c.Newest?.Value ?? double.NegativeInfinity)
                .ThenByDescending(c => c.Teacher.ExperienceYears).ThenBy(c => c.Teacher.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (mentor.Teacher is null) continue;
            if (!chosen.TryGetValue(mentor.Teacher.Id, out var entry)) chosen[mentor.Teacher.Id] = entry = (mentor.Teacher, mentor.SchoolName, []);
            entry.Codes.Add(deficit.Code);
            addressed.Add(deficit.Code);
        }
        steps.AddRange(chosen.Values.Select(c => Step(RouteStepKind.Mentoring, $"Наставничество: педагог {c.Mentor.Code} ({c.SchoolName})", c.Codes,
            mentorId: c.Mentor.Id)));
    }

    private async Task AddInternshipsAsync(List<RouteStep> steps, Teacher teacher, IReadOnlyList<TeacherMeasurement> results,
        HashSet<string> addressed, CancellationToken cancellationToken)
    {
        var chosen = new Dictionary<int, (string SchoolName, List<string> Codes)>();
        foreach (var deficit in results)
        {
            // The school whose teachers did best on the skill that year: the mean of its teachers' values.
            var host = await (from m in db.TeacherMeasurements.AsNoTracking()
                              where m.Source == MeasurementSource.Results && m.Code == deficit.Code && m.Year == deficit.Year
                              join t in db.Teachers on m.TeacherId equals t.Id
                              where t.SchoolId != teacher.SchoolId
                              group m.Value by t.SchoolId into g
                              select new { SchoolId = g.Key, Value = g.Average(), Teachers = g.Count() }).ToListAsync(cancellationToken);
            var best = host.OrderByDescending(h => h.Value).ThenByDescending(h => h.Teachers).ThenBy(h => h.SchoolId).FirstOrDefault();
            if (best is null) continue;
            if (!chosen.TryGetValue(best.SchoolId, out var entry))
            {
                var name = await db.Schools.Where(s => s.Id == best.SchoolId).Select(s => s.Name).SingleAsync(cancellationToken);
                chosen[best.SchoolId] = entry = (name, []);
            }
            entry.Codes.Add(deficit.Code);
            addressed.Add(deficit.Code);
        }
        steps.AddRange(chosen.Select(c => Step(RouteStepKind.Internship, $"Стажировка: {c.Value.SchoolName}", c.Value.Codes, hostSchoolId: c.Key)));
    }

    private async Task AddAssociationsAsync(List<RouteStep> steps, Teacher teacher, IReadOnlyList<TeacherMeasurement> results,
        CancellationToken cancellationToken)
    {
        if (results.Count == 0) return;
        var municipality = await MunicipalityOfAsync(teacher.SchoolId, cancellationToken);
        var name = await db.Municipalities.Where(m => m.Id == municipality).Select(m => m.Name).SingleAsync(cancellationToken);
        foreach (var subject in results.GroupBy(d => d.Subject))
            steps.Add(Step(RouteStepKind.MethodicalAssociation,
                $"Методическое объединение учителей предмета «{ResultsNames.SubjectName(subject.Key)}» ({name})", subject.Select(d => d.Code)));
    }

    private Task<int> MunicipalityOfAsync(int schoolId, CancellationToken cancellationToken) =>
        db.Schools.Where(s => s.Id == schoolId).Select(s => s.MunicipalityId).SingleAsync(cancellationToken);

    private RouteStep Step(RouteStepKind kind, string title, IEnumerable<string> codes, int? programmeId = null, int? mentorId = null,
        int? hostSchoolId = null) => new()
    {
        Kind = kind, Title = title.Length > 500 ? title[..500] : title, DeficitCodes = string.Join('|', codes.Distinct()), Deadline = deadline,
        CourseProgrammeId = programmeId, MentorTeacherId = mentorId, HostSchoolId = hostSchoolId, Status = RouteStepStatus.Planned,
    };
}
