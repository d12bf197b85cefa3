using Orientir.Data.Import.Adapters;
using Orientir.Data.Import.Adapters.FisOkoStatistics;

namespace Orientir.Data.Tests.Import.Adapters.FisOkoStatistics;

public class FisOkoStatisticsAdapterTests : IDisposable
{
    private readonly StatisticsWorkbook _workbooks = new();
    private readonly FisOkoStatisticsAdapter _adapter = new();

    public void Dispose() => _workbooks.Dispose();

    private static object?[][] Form(params object?[][] rows) =>
    [
        ["Статистика по отметкам"],
        ["ВПР 2025 Математика 5 класс"],
        [],
        StatisticsWorkbook.Header,
        .. rows,
    ];

    [Fact]
    public void A_form_becomes_school_results_of_its_procedure_and_region_and_subtotal_rows_are_skipped()
    {
        var file = _workbooks.Write("stat.xlsx", ("Лист1", Form(
            [null, "Ставропольский край", null, null, 3120, 8.1, 40.2, 38.5, 13.2],
            ["26-01", "Шпаковский муниципальный округ", null, null, 120, 10, 40, 40, 10],
            ["26-01", "Шпаковский муниципальный округ", "sch260101", "МБОУ СОШ № 1", 50, 10, 40, 40, 10],
            [null, null, "sch260102", "МБОУ СОШ № 2", "70", "9,9", "40,1", "40", "10"],
            ["26-02", "Грачёвский муниципальный округ", "sch260201", "МКОУ СОШ № 3 с. Грачёвка", 0, null, null, null, null])));

        var translation = _workbooks.Translate(_adapter, file);

        Assert.Empty(translation.Errors);
        Assert.Equal(["VPR-2025-MA-5;VPR;MA;5;2025;5;;"], translation.Lines("procedures.csv"));
        Assert.Equal(["26-02;Грачёвский муниципальный округ"], translation.Lines("municipalities.csv"));
        Assert.Equal(["sch260102;26-01;МБОУ СОШ № 2;general;urban", "sch260201;26-02;МКОУ СОШ № 3 с. Грачёвка;general;urban"],
            translation.Lines("schools.csv"));
        Assert.Equal(
        [
            "VPR-2025-MA-5;sch260101;50;10;40;40;10;;;;;",
            "VPR-2025-MA-5;sch260102;70;9.9;40.1;40;10;;;;;",
            "VPR-2025-MA-5;sch260201;0;;;;;;;;;",
        ], translation.Lines("school_results.csv"));
        Assert.Equal(2, translation.Warnings.Count(w => w.EndsWith("[IMPW04]", StringComparison.Ordinal)));
        Assert.StartsWith("stat.xlsx [лист «Лист1»]:8: школы «sch260102» не было в реестре", translation.Warnings[0]);
    }

    [Fact]
    public void A_procedure_the_database_holds_is_matched_not_drafted_again()
    {
        var file = _workbooks.Write("stat.xlsx", ("Лист1", Form(["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", 20, 5, 45, 40, 10])));

        var translation = _workbooks.Translate(_adapter, file, new KnownProcedure("VPR-2025-MA-5", 20, []));

        Assert.Empty(translation.Errors);
        Assert.False(translation.Wrote("procedures.csv"));
        Assert.False(translation.Wrote("municipalities.csv"));
        Assert.Equal(["VPR-2025-MA-5;sch260101;20;5;45;40;10;;;;;"], translation.Lines("school_results.csv"));
    }

    [Fact]
    public void Bad_rows_are_reported_with_sheet_row_and_column_and_none_of_them_is_drafted()
    {
        var file = _workbooks.Write("stat.xlsx", ("Математика", Form(
            ["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", 20, 10, 40, 30, 10],
            ["26-01", "Шпаковский", "sch260102", "МБОУ СОШ № 2", 20, -5, 55, 40, 10],
            ["26-01", "Шпаковский", "sch260103", "МБОУ СОШ № 3", "25,5", 10, 40, 40, 10],
            ["26-01", "Шпаковский", "sch260104", "МБОУ СОШ № 4", 20, 10, 40, 40, 10],
            ["26-01", "Шпаковский", "sch260104", "МБОУ СОШ № 4", 20, 10, 40, 40, 10],
            ["26-01", "Шпаковский", "sch260105", "МБОУ СОШ № 5", 20, "много", 40, 40, 10])));

        var translation = _workbooks.Translate(_adapter, file);

        Assert.Equal(
        [
            "stat.xlsx [лист «Математика»]:5: 2–5: доли отметок «2»–«5» в сумме 90 %, а должны давать 100 % (± 1) [IMP741]",
            "stat.xlsx [лист «Математика»]:6: 2: -5 — доля отметки «2» должна быть от 0 до 100 % [IMP105]",
            "stat.xlsx [лист «Математика»]:7: Кол-во участников: «25,5» — число участников должно быть целым [IMP104]",
            "stat.xlsx [лист «Математика»]:9: Код ОО: школа «sch260104» уже есть в строке 8 этого листа [IMP742]",
            "stat.xlsx [лист «Математика»]:10: 2: «много» — доля отметки «2» не число [IMP104]",
        ], translation.Errors);
        Assert.Equal(["VPR-2025-MA-5;sch260104;20;10;40;40;10;;;;;"], translation.Lines("school_results.csv"));
    }

    [Fact]
    public void Marks_headed_under_a_merged_heading_and_shares_in_excel_percent_format_are_read_as_percent()
    {
        var file = _workbooks.Write("rpr.xlsx", ("Лист1",
        [
            ["Статистика по отметкам. РПР 2024. Русский язык. 7 класс"],
            ["Муниципалитет", "Логин ОО", "Наименование ОО", "Количество участников", "Распределение отметок, %"],
            [null, null, null, null, "% «2»", "% «3»", "% «4»", "% «5»"],
            ["Шпаковский муниципальный округ", "sch260101", "МБОУ СОШ № 1", 40, 0.1, 0.25, 0.4, 0.25],
            ["Новый округ", "sch269901", "МБОУ ООШ № 9", 10, 0, 50, 50, 0],
        ]));

        var translation = _workbooks.Translate(_adapter, file);

        Assert.Empty(translation.Errors);
        Assert.Equal(["RPR-2024-RU-7;RPR;RU;7;2024;5;;"], translation.Lines("procedures.csv"));
        var newMunicipality = Assert.Single(translation.Lines("municipalities.csv"));
        Assert.Matches("^M-[0-9a-f]{8};Новый округ$", newMunicipality);
        Assert.Equal(
        [
            "RPR-2024-RU-7;sch260101;40;10;25;40;25;;;;;",
            "RPR-2024-RU-7;sch269901;10;0;50;50;0;;;;;",
        ], translation.Lines("school_results.csv"));
        Assert.StartsWith("sch269901;" + newMunicipality[..10] + ";", Assert.Single(translation.Lines("schools.csv")));
    }

    [Fact]
    public void An_unknown_subject_in_the_title_stops_the_form_and_points_to_the_synonym_table()
    {
        var file = _workbooks.Write("stat.xlsx", ("Лист1",
        [
            ["ВПР 2025 Астрономия 11 класс"],
            StatisticsWorkbook.Header,
            ["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", 20, 10, 40, 40, 10],
        ]));

        var translation = _workbooks.Translate(_adapter, file);

        Assert.Equal(["stat.xlsx [лист «Лист1»]:1: предмет «Астрономия» не найден в таблице «Предметы в выгрузках»: добавьте это название с кодом предмета и загрузите файл снова [IMP731]"],
            translation.Errors);
        Assert.False(translation.Wrote("school_results.csv"));
    }

    [Fact]
    public void A_table_without_a_title_is_refused_and_a_sheet_without_the_table_is_skipped_with_a_warning()
    {
        var file = _workbooks.Write("stat.xlsx",
            ("Пояснения", [["Форма выгружена из ФИС ОКО"]]),
            ("Лист1", [StatisticsWorkbook.Header, ["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", 20, 10, 40, 40, 10]]));

        var translation = _workbooks.Translate(_adapter, file);

        Assert.Equal(["stat.xlsx [лист «Лист1»]:1: над таблицей нет заголовка вида «ВПР 2025 Математика 5 класс»: по нему определяется процедура [IMP740]"],
            translation.Errors);
        Assert.StartsWith("stat.xlsx [лист «Пояснения»]: лист пропущен", Assert.Single(translation.Warnings));
    }

    [Fact]
    public void The_form_is_recognized_and_the_individual_results_workbook_a_csv_and_an_ege_form_are_not()
    {
        var form = _workbooks.Write("stat.xlsx", ("Лист1", Form(["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", 20, 10, 40, 40, 10])));
        var individual = _workbooks.Write("vpr.xlsx", ("Лист1",
        [
            ["ВПР 2025 Математика 5 класс"],
            ["ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (1б)", "2 (1б)", "3 (1б)", "4 (1б)", "5 (1б)"],
        ]));
        var ege = _workbooks.Write("ege.xlsx", ("Лист1",
        [
            ["Код ОО", "Наименование ОО", "Количество участников", "Не набрали минимальный балл", "80-99", "100", "Средний балл"],
        ]));

        Assert.True(_adapter.Recognizes(form));
        Assert.False(_adapter.Recognizes(individual));
        Assert.False(_adapter.Recognizes(ege));
        Assert.False(_adapter.Recognizes(new ExportFile(form.Path, "stat.csv")));
        Assert.Contains(ExportAdapters.All, a => a is FisOkoStatisticsAdapter);
    }
}
