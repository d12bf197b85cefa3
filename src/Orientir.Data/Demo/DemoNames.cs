using Orientir.Domain.Registry;

namespace Orientir.Data.Demo;

/// <summary>
/// Russian names of the synthetic region: municipalities in the style of «Шпаковский муниципальный округ» and
/// «город Невинномысск», settlements with their usual abbreviations, and school names in the style of the
/// registers (МБОУ СОШ № 5 г. …, МКОУ ООШ № 14 с. …). The names are plausible, not a real region's list.
/// </summary>
internal static class DemoNames
{
    /// <summary>The region's code as the first digits of municipality and school codes (26 is a real region's; any two digits do).</summary>
    public const string RegionCode = "26";

    public static readonly string[] Cities =
    [
        "Невинномысск", "Светлогорск", "Зеленодольск", "Краснокаменск", "Белореченск", "Новоречинск",
        "Каменогорск", "Ясногорск", "Озёрск", "Снежногорск", "Лесогорск", "Сосновоборск", "Приволжск",
        "Верхнекамск", "Солнечногорск",
    ];

    public static readonly string[] Districts =
    [
        "Шпаковский", "Берёзовский", "Заречный", "Каменский", "Луговской", "Ольховский", "Покровский",
        "Приозёрный", "Раздольненский", "Сосновский", "Степновский", "Троицкий", "Успенский", "Черноярский",
        "Белоярский", "Вишнёвский", "Дубравский", "Журавский", "Зеленчукский", "Калиновский", "Кленовский",
        "Красногорский", "Малиновский", "Никольский", "Новоалександровский", "Озёрский", "Петровский",
        "Полевской", "Рябиновский", "Светлоярский", "Суворовский", "Фёдоровский", "Черёмуховский",
        "Широковский", "Юрьевский", "Яблоновский", "Преображенский", "Воскресенский", "Михайловский",
        "Васильевский", "Знаменский", "Краснопольский", "Благодарненский", "Кочубеевский", "Курганинский",
        "Ленинский", "Октябрьский", "Советский", "Кировский", "Грачёвский",
    ];

    /// <summary>District centres that are towns (urban schools).</summary>
    public static readonly string[] Towns =
    [
        "г. Михайловск", "г. Светлоград", "г. Зеленокумск", "г. Новоалександровск", "г. Благодарный",
        "г. Ипатово", "г. Изобильный", "г. Нефтекумск", "г. Новопавловск", "г. Буденновск", "г. Александровск",
        "г. Кировск", "г. Краснооктябрьск", "г. Подгорный", "г. Заозёрный",
    ];

    /// <summary>Villages, settlements and farmsteads (rural schools).</summary>
    public static readonly string[] Villages =
    [
        "с. Александровское", "с. Архангельское", "с. Благодатное", "с. Богородицкое", "с. Вознесеновка",
        "с. Высоцкое", "с. Грачёвка", "с. Дивное", "с. Донское", "с. Дубовка", "с. Ивановка", "с. Казинка",
        "с. Кугульта", "с. Курсавка", "с. Михайловка", "с. Надежда", "с. Новоселицкое", "с. Октябрьское",
        "с. Петропавловское", "с. Преградное", "с. Привольное", "с. Радужное", "с. Рощино", "с. Садовое",
        "с. Сотниковское", "с. Старомарьевка", "с. Тахта", "с. Труновское", "с. Урожайное", "с. Цветное",
        "с. Чернолесское", "с. Ясная Поляна", "с. Покровское", "с. Знаменка", "с. Никольское", "с. Троицкое",
        "с. Успенское", "с. Сергиевка", "с. Ольховка", "с. Каменка", "с. Березовка", "с. Подлесное",
        "с. Весёлое", "с. Красное", "с. Луговое", "с. Кочубеевское", "с. Малые Ягуры", "с. Большая Джалга",
        "п. Солнечный", "п. Новый", "п. Рассвет", "п. Цимлянский", "п. Загорский", "п. Коммаяк",
        "п. Степной", "п. Восход", "п. Лесной", "п. Приозёрный", "п. Заря", "п. Пригородный",
        "х. Садовый", "х. Восточный", "х. Балки", "х. Весёлый", "х. Кравцово", "х. Новокавказский",
        "х. Соломенский", "х. Ставропольский", "ст. Ессентукская", "ст. Зольская", "ст. Суворовская",
        "ст. Новоекатериновская", "ст. Марьинская", "ст. Галюгаевская", "ст. Курская", "ст. Расшеватская",
    ];

    /// <summary>Class letters as schools use them (Ё, З, Й are skipped).</summary>
    public static readonly char[] ClassLetters = ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'И', 'К', 'Л', 'М', 'Н'];

    public static string MunicipalityName(string district, bool isRound) =>
        isRound ? $"{district} муниципальный округ" : $"{district} муниципальный район";

    public static string CityMunicipalityName(string city) => $"город {city}";

    /// <summary>The register name of a school; <paramref name="number"/> is its number within the municipality.</summary>
    /// <param name="treasuryFunded">МКОУ (казённое, common for small rural schools) rather than МБОУ (бюджетное).</param>
    public static string SchoolName(SchoolType type, int number, string place, bool treasuryFunded) =>
        type switch
        {
            SchoolType.Gymnasium => $"МБОУ Гимназия № {number} {place}",
            SchoolType.Lyceum => $"МБОУ Лицей № {number} {place}",
            SchoolType.Advanced => $"МБОУ СОШ № {number} с углублённым изучением отдельных предметов {place}",
            SchoolType.Small => $"МКОУ ООШ № {number} {place}",
            SchoolType.Evening => $"МБОУ ВСОШ № {number} {place}",
            SchoolType.Special => $"ГКОУ «Специальная (коррекционная) общеобразовательная школа-интернат № {number}» {place}",
            _ => $"{(treasuryFunded ? "МКОУ" : "МБОУ")} СОШ № {number} {place}",
        };
}
