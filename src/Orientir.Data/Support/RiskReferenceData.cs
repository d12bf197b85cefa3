using Orientir.Domain.Support;

namespace Orientir.Data.Support;

/// <summary>
/// The common risk factors of the federal project «500+» (domain.md §4.4) and the self-assessment questionnaire, two
/// statements per factor. Seeded by the migration as reference data; an administrator may edit the texts in the
/// database, the codes stay.
/// </summary>
public static class RiskReferenceData
{
    public const string Equipment = "equipment";
    public const string Staffing = "staffing";
    public const string TeacherCompetence = "teacher_competence";
    public const string Adaptivity = "adaptivity";
    public const string InSchoolTraining = "in_school_training";
    public const string StudentsAtRisk = "students_at_risk";
    public const string LanguageBarriers = "language_barriers";
    public const string Environment = "environment";
    public const string ParentInvolvement = "parent_involvement";
    public const string Motivation = "motivation";
    public const string Disabilities = "disabilities";

    public static IReadOnlyList<RiskFactor> Factors { get; } =
    [
        new() { Id = 1, Order = 1, Code = Equipment, Name = "Низкий уровень оснащения школы" },
        new() { Id = 2, Order = 2, Code = Staffing, Name = "Дефицит педагогических кадров" },
        new() { Id = 3, Order = 3, Code = TeacherCompetence, Name = "Недостаточная предметная и методическая компетентность педагогических работников" },
        new() { Id = 4, Order = 4, Code = Adaptivity, Name = "Риски низкой адаптивности учебного процесса" },
        new() { Id = 5, Order = 5, Code = InSchoolTraining, Name = "Несформированность внутришкольной системы повышения квалификации" },
        new() { Id = 6, Order = 6, Code = StudentsAtRisk, Name = "Высокая доля обучающихся с рисками учебной неуспешности" },
        new() { Id = 7, Order = 7, Code = LanguageBarriers, Name = "Низкое качество преодоления языковых и культурных барьеров" },
        new() { Id = 8, Order = 8, Code = Environment, Name = "Пониженный уровень качества школьной образовательной и воспитательной среды" },
        new() { Id = 9, Order = 9, Code = ParentInvolvement, Name = "Низкий уровень вовлечённости родителей" },
        new() { Id = 10, Order = 10, Code = Motivation, Name = "Низкая учебная мотивация обучающихся" },
        new() { Id = 11, Order = 11, Code = Disabilities, Name = "Высокая доля обучающихся с ОВЗ" },
    ];

    public static IReadOnlyList<RiskQuestion> Questions { get; } =
    [
        Q(1, Equipment, "В школе не хватает современного учебного и лабораторного оборудования."),
        Q(2, Equipment, "Скорость интернета и число компьютеров не позволяют проводить уроки с цифровыми ресурсами."),
        Q(3, Staffing, "В школе есть вакансии педагогов или предметы ведут учителя без соответствующей подготовки."),
        Q(4, Staffing, "Нагрузка многих учителей превышает 1,5 ставки."),
        Q(5, TeacherCompetence, "Результаты диагностики показывают предметные или методические дефициты у значительной части учителей."),
        Q(6, TeacherCompetence, "Учителя испытывают трудности с оцениванием по критериям и с заданиями на применение знаний."),
        Q(7, Adaptivity, "На уроках редко используется дифференциация заданий по уровню подготовки обучающихся."),
        Q(8, Adaptivity, "Расписание и формы обучения не учитывают индивидуальные потребности обучающихся."),
        Q(9, InSchoolTraining, "В школе нет плана внутришкольного повышения квалификации и наставничества."),
        Q(10, InSchoolTraining, "Методические объединения не анализируют результаты оценочных процедур."),
        Q(11, StudentsAtRisk, "Значительная часть обучающихся не справляется с базовым уровнем программы."),
        Q(12, StudentsAtRisk, "Многие обучающиеся пропускают уроки без уважительной причины."),
        Q(13, LanguageBarriers, "Часть обучающихся плохо владеет русским языком как языком обучения."),
        Q(14, LanguageBarriers, "В школе нет программ языковой и социокультурной адаптации."),
        Q(15, Environment, "Обучающиеся и родители не оценивают школьную среду как безопасную и поддерживающую."),
        Q(16, Environment, "Внеурочная деятельность и воспитательные мероприятия немногочисленны."),
        Q(17, ParentInvolvement, "Родители редко посещают собрания и школьные мероприятия."),
        Q(18, ParentInvolvement, "Родители не участвуют в управлении школой (совет школы, попечительский совет)."),
        Q(19, Motivation, "Многие обучающиеся не видят смысла в учёбе и не планируют продолжать образование."),
        Q(20, Motivation, "Участие обучающихся в олимпиадах, конкурсах и проектах низкое."),
        Q(21, Disabilities, "В школе много обучающихся с ОВЗ, для которых не хватает специальных условий."),
        Q(22, Disabilities, "В школе нет специалистов сопровождения (психолога, логопеда, дефектолога, тьютора)."),
    ];

    private static RiskQuestion Q(int id, string factor, string text) => new() { Id = id, FactorCode = factor, Text = text, Order = id };
}
