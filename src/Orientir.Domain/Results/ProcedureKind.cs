namespace Orientir.Domain.Results;

public enum ProcedureKind
{
    /// <summary>ВПР, всероссийская проверочная работа.</summary>
    Vpr,
    /// <summary>РПР, региональная проверочная работа.</summary>
    Rpr,
    /// <summary>ОГЭ, grade 9 state exam.</summary>
    Oge,
    /// <summary>ЕГЭ, grade 11 state exam.</summary>
    Ege,
    /// <summary>Региональная оценка по модели PISA.</summary>
    PisaReg,
    /// <summary>Мониторинг функциональной грамотности.</summary>
    Fl,
}

public enum TaskLevel
{
    /// <summary>Б, базовый.</summary>
    Basic,
    /// <summary>П, повышенный.</summary>
    Advanced,
    /// <summary>В, высокий.</summary>
    High,
}

public static class ResultsNames
{
    public static string Russian(this ProcedureKind kind) => kind switch
    {
        ProcedureKind.Vpr => "ВПР",
        ProcedureKind.Rpr => "РПР",
        ProcedureKind.Oge => "ОГЭ",
        ProcedureKind.Ege => "ЕГЭ",
        ProcedureKind.PisaReg => "Оценка по модели PISA",
        ProcedureKind.Fl => "Функциональная грамотность",
        _ => kind.ToString(),
    };

    public static string Letter(this TaskLevel level) => level switch
    {
        TaskLevel.Basic => "Б",
        TaskLevel.Advanced => "П",
        _ => "В",
    };

    public static string SubjectName(string subject) => subject.ToUpperInvariant() switch
    {
        "RU" => "Русский язык",
        "MA" => "Математика",
        "MB" => "Математика (базовая)",
        "PH" => "Физика",
        "CH" => "Химия",
        "BI" => "Биология",
        "HI" => "История",
        "SO" => "Обществознание",
        "GE" => "География",
        "IN" => "Информатика",
        "EN" => "Английский язык",
        "LI" => "Литература",
        "OK" => "Окружающий мир",
        "DE" => "Немецкий язык",
        "FR" => "Французский язык",
        "ES" => "Испанский язык",
        "ZH" => "Китайский язык",
        "FOR" => "Иностранный язык",
        "EN-O" => "Английский язык (устный)",
        "DE-O" => "Немецкий язык (устный)",
        "FR-O" => "Французский язык (устный)",
        "ES-O" => "Испанский язык (устный)",
        "ZH-O" => "Китайский язык (устный)",
        _ => subject,
    };
}
