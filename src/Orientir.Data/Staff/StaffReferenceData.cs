using Orientir.Domain.Staff;

namespace Orientir.Data.Staff;

/// <summary>
/// The competences a region's diagnostic of professional deficits measures by default (after the federal model of
/// diagnostics of teachers' professional deficits, order Р-201 of 2021). Seeded by the migration; a diagnostic may
/// bring other codes, which are added with the code as their name for a methodologist to name.
/// </summary>
public static class StaffReferenceData
{
    public static readonly Competence[] Competences =
    [
        new() { Id = 1, Code = "SUBJ", Name = "Предметные знания по преподаваемому предмету" },
        new() { Id = 2, Code = "METH", Name = "Методические: проектирование и проведение урока" },
        new() { Id = 3, Code = "ASSESS", Name = "Оценочная деятельность и анализ результатов обучающихся" },
        new() { Id = 4, Code = "FL", Name = "Формирование функциональной грамотности" },
        new() { Id = 5, Code = "DIFF", Name = "Работа с обучающимися с разными образовательными потребностями" },
        new() { Id = 6, Code = "PSY", Name = "Психолого-педагогические" },
        new() { Id = 7, Code = "DIGITAL", Name = "Цифровые: цифровая образовательная среда" },
    ];
}
