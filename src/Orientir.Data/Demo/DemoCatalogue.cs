using System.Text;
using Orientir.Data.Import;
using Orientir.Data.Database;
using Orientir.Data.Staff.Catalogue;

namespace Orientir.Data.Demo;

/// <summary>
/// The demo region's catalogue of programmes (ДПП): about 25 programmes of regional and federal providers covering the
/// seven competences and the demo procedures' skill prefixes (RU4 MA4 RU5 MA5 RU9 MA9), written as a programmes.csv.
/// </summary>
public static class DemoCatalogue
{
    private const string Iro = "ГАУ ДПО «Институт развития образования»";
    private const string Cnppm = "ЦНППМ «Педагог будущего»";
    private const string Academy = "ФГАОУ ДПО «Академия Минпросвещения России»";
    private const string University = "ФГБОУ ВО «Педагогический университет», центр ДПО";

    private static readonly string[][] Programmes =
    [
        ["Предметные знания учителя математики: сложные вопросы школьного курса", Academy, "72", "distance", "ФР-2023-0412", "SUBJ|MA"],
        ["Предметные знания учителя русского языка: орфография и пунктуация", Academy, "72", "distance", "ФР-2023-0418", "SUBJ|RU"],
        ["Проектирование современного урока по ФГОС", Iro, "36", "blended", "", "METH"],
        ["Методика обучения математике в начальной школе", Iro, "36", "in_person", "", "METH|MA4"],
        ["Методика обучения русскому языку в начальной школе", Iro, "36", "in_person", "", "METH|RU4"],
        ["Оценивание образовательных результатов: критерии и объективность", Cnppm, "24", "blended", "", "ASSESS"],
        ["Анализ результатов ВПР и коррекция учебного плана", Cnppm, "18", "in_person", "", "ASSESS|MA|RU"],
        ["Формирование функциональной грамотности: математическая грамотность", Academy, "56", "distance", "ФР-2022-0107", "FL|MA5|MA9"],
        ["Формирование функциональной грамотности: читательская грамотность", Academy, "56", "distance", "ФР-2022-0108", "FL|RU5|RU9"],
        ["Работа с обучающимися с ОВЗ в общеобразовательном классе", Iro, "72", "blended", "", "DIFF"],
        ["Обучение детей, для которых русский язык не родной", Iro, "36", "blended", "", "DIFF|RU"],
        ["Индивидуализация обучения и работа с одарёнными детьми", Cnppm, "24", "in_person", "", "DIFF"],
        ["Психолого-педагогическое сопровождение обучающихся", University, "36", "in_person", "", "PSY"],
        ["Профилактика профессионального выгорания педагога", Cnppm, "16", "in_person", "", "PSY"],
        ["Цифровая образовательная среда: ФГИС «Моя школа» на уроке", Academy, "36", "distance", "ФР-2024-0033", "DIGITAL"],
        ["Цифровые инструменты оценивания и обратной связи", Cnppm, "18", "distance", "", "DIGITAL|ASSESS"],
        ["Дроби и проценты: методика обучения в 5–6 классах", Iro, "24", "blended", "", "MA5|METH"],
        ["Текстовые задачи в курсе математики начальной школы", Iro, "18", "in_person", "", "MA4.3|MA4"],
        ["Геометрия в начальной школе: измерения и построения", Cnppm, "16", "in_person", "", "MA4.5"],
        ["Подготовка к ОГЭ по математике: содержание и методика", University, "72", "blended", "", "MA9|SUBJ"],
        ["Подготовка к ОГЭ по русскому языку: сочинение и изложение", University, "72", "blended", "", "RU9|SUBJ"],
        ["Морфология и синтаксис в 5 классе: трудные темы", Cnppm, "24", "distance", "", "RU5|SUBJ"],
        ["Работа с текстом на уроках русского языка в начальной школе", Iro, "24", "blended", "", "RU4|FL"],
        ["Смысловое чтение и работа с информацией", Academy, "36", "distance", "ФР-2021-0290", "FL|RU"],
        ["Наставничество в образовательной организации", Academy, "36", "distance", "ФР-2022-0516", "METH|PSY"],
        ["Школа молодого педагога: первые шаги в профессии", Iro, "48", "blended", "", "METH|PSY|ASSESS"],
        ["Критериальное оценивание по математике", Cnppm, "16", "in_person", "", "ASSESS|MA"],
    ];

    /// <summary>Writes the demo programmes.csv (UTF-8, <c>;</c>) to <paramref name="path"/>; the number of programmes.</summary>
    public static int Write(string path)
    {
        var text = new StringBuilder("title;provider;hours;format;registry_number;targets;active\n");
        foreach (var p in Programmes)
            text.Append(string.Join(';', p.Select(Quote))).Append(";1\n");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return Programmes.Length;
    }

    /// <summary>
    /// Imports the demo catalogue when the database has no programme yet; null when it has some (a region's own
    /// catalogue is never overwritten by the demo).
    /// </summary>
    public static async Task<CatalogueImportOutcome?> ImportIfEmptyAsync(string connectionString, string userName = "demo",
        CancellationToken cancellationToken = default)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        if (db.CourseProgrammes.Any()) return null;
        var path = Path.Combine(Path.GetTempPath(), $"orientir-demo-programmes-{Guid.NewGuid():N}.csv");
        try
        {
            Write(path);
            return await new ProgrammeImport(db, TimeProvider.System).ImportAsync(path, userName, ProgrammesCsv.FileName, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Quote(string value) => value.Contains('"') || value.Contains(';') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
