using Orientir.Analytics.Recommendations;
using Orientir.Analytics.Schools;
using Orientir.Reports.Content;
using Orientir.Reports.Rendering;

namespace Orientir.Reports.Tests.Rendering;

/// <summary>A hand-made report's workbook read back: its sheets, cells, number formats, frozen panes and filters.</summary>
public sealed class ReportWorkbookTests
{
    private const string LongSheet = "Результаты ВПР по математике в 4 классе: школы";

    private static Report Sample()
    {
        var report = new Report("Результаты оценочных процедур 2025 года", "Приволжский муниципальный район");
        report.Parameters.Add(new KeyFigure("Муниципалитет", "Приволжский"));
        report.Parameters.Add(new KeyFigure("Год", "2025"));
        report.Section("Муниципалитеты")
            .Paragraph("Участники и результаты по муниципалитетам.")
            .Table(new TableBlock("Муниципалитеты", "Таблица 1. Участники и средний балл",
                [new ReportColumn("Муниципалитет"), new ReportColumn("Участников", CellFormat.Integer),
                 new ReportColumn("Средний балл", CellFormat.Decimal1), new ReportColumn("Эффект", CellFormat.Decimal2),
                 new ReportColumn("Доля «2»", CellFormat.Percent)],
                [["Приволжский", 12345, 14.25, -0.125, 7.5], ["Заречный", 3L, null, 0.5, 100.0]]))
            .Table(new TableBlock("Муниципалитеты", "Таблица 2. Повтор имени листа",
                [new ReportColumn("Муниципалитет"), new ReportColumn("Доля «5», %", CellFormat.Percent)],
                [["Приволжский", 21.0]]))
            .Table(new TableBlock(LongSheet + "?", "Таблица 3. Длинное имя с запрещённым знаком",
                [new ReportColumn("Школа"), new ReportColumn("Участников", CellFormat.Integer)], []));
        report.Section("Рекомендации").Recommendations(
            [new Recommendation("weak-skill", 1, "Уделить внимание умению «Работа с дробями».", [new Evidence("success", 31.5)])]);
        return report;
    }

    [Fact]
    public void Every_table_is_a_sheet_after_the_cover_with_valid_unique_names()
    {
        var workbook = new WorkbookFile(ReportWorkbook.Render(Sample()));

        Assert.Equal(["Отчёт", "Муниципалитеты", "Муниципалитеты (2)", LongSheet[..31].TrimEnd()], workbook.SheetNames);
        Assert.All(workbook.SheetNames, name => Assert.InRange(name.Length, 1, 31));
    }

    [Fact]
    public void Numbers_stay_numeric_cells_with_the_number_format_of_their_column()
    {
        var workbook = new WorkbookFile(ReportWorkbook.Render(Sample()));

        var rows = workbook.Rows("Муниципалитеты");
        Assert.Equal(["Муниципалитет", "Участников", "Средний балл", "Эффект", "Доля «2», %"], rows[0]);
        Assert.Equal(["Приволжский", 12345.0, 14.25, -0.125, 7.5], rows[1]);
        Assert.Equal(["Заречный", 3.0, null, 0.5, 100.0], rows[2]);
        Assert.Equal((null, "#,##0"), workbook.Cell("Муниципалитеты", "B2"));
        Assert.Equal((null, "0.0"), workbook.Cell("Муниципалитеты", "C2"));
        Assert.Equal((null, "0.00"), workbook.Cell("Муниципалитеты", "D2"));
        Assert.Equal((null, "0.0"), workbook.Cell("Муниципалитеты", "E2"));
        Assert.Equal("str", workbook.Cell("Муниципалитеты", "A2").Type);
        // A header that already says «%» is not told twice.
        Assert.Equal("Доля «5», %", workbook.Rows("Муниципалитеты (2)")[0][1]);
    }

    [Fact]
    public void Each_sheet_freezes_its_header_row_and_first_column_and_filters_its_header()
    {
        var workbook = new WorkbookFile(ReportWorkbook.Render(Sample()));

        Assert.All(workbook.SheetNames, sheet => Assert.Equal((1, 1), workbook.Frozen(sheet)));
        Assert.Equal("A1:E3", workbook.AutoFilter("Муниципалитеты"));
        Assert.Equal("A1:B2", workbook.AutoFilter("Муниципалитеты (2)"));
        Assert.True(workbook.Width("Муниципалитеты", 1) > "Приволжский".Length, "the longest name fits its column");
        Assert.All(Enumerable.Range(1, 5), column => Assert.InRange(workbook.Width("Муниципалитеты", column)!.Value, 8, 61));
    }

    [Fact]
    public void An_empty_table_keeps_its_headers_and_says_it_has_no_data()
    {
        var workbook = new WorkbookFile(ReportWorkbook.Render(Sample()));

        var rows = workbook.Rows(workbook.SheetNames[3]);

        Assert.Equal(["Школа", "Участников"], rows[0]);
        Assert.Equal(["Нет данных", null], rows[1]);
    }

    [Fact]
    public void The_cover_holds_the_title_parameters_sheets_with_captions_and_recommendations_with_evidence()
    {
        var workbook = new WorkbookFile(ReportWorkbook.Render(Sample()));

        var cover = workbook.Rows("Отчёт");

        Assert.Equal(["Раздел", "Пункт", "Содержание", "Основание"], cover[0]);
        Assert.Contains(["Отчёт", "Название", "Результаты оценочных процедур 2025 года", null], cover);
        Assert.Contains(["Отчёт", "Подзаголовок", "Приволжский муниципальный район", null], cover);
        Assert.Contains(["Параметры", "Год", "2025", null], cover);
        Assert.Contains(["Листы", "Муниципалитеты (2)", "Таблица 2. Повтор имени листа", null], cover);
        Assert.Contains(["Листы", workbook.SheetNames[3], "Таблица 3. Длинное имя с запрещённым знаком", null], cover);
        var recommendation = Assert.Single(cover, row => (string?)row[0] == "Рекомендации");
        Assert.Equal("1", recommendation[1]);
        Assert.Equal("Уделить внимание умению «Работа с дробями».", recommendation[2]);
        Assert.Contains("31,5", (string)recommendation[3]!);
    }

    [Fact]
    public void A_table_named_like_the_cover_gets_a_name_of_its_own()
    {
        var report = new Report("Отчёт", "");
        report.Section("Раздел").Table(new TableBlock("отчёт", "Таблица", [new ReportColumn("Показатель")], [["Значение"]]));

        var workbook = new WorkbookFile(ReportWorkbook.Render(report));

        Assert.Equal(["Отчёт", "отчёт (2)"], workbook.SheetNames);
    }
}
