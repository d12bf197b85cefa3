using Orientir.Reports.Content;
using Orientir.Reports.Rendering;

namespace Orientir.Reports.Tests.Printing;

public sealed class ReportHtmlCellTests
{
    [Theory]
    [InlineData(12.345, CellFormat.Decimal1, "12,3")]
    [InlineData(-2.04, CellFormat.Decimal1, "−2,0")]
    [InlineData(-0.04, CellFormat.Decimal1, "0,0")]
    [InlineData(-0.123, CellFormat.Decimal2, "−0,12")]
    [InlineData(12345.0, CellFormat.Integer, "12\u00A0345")]
    public void Numbers_are_written_in_Russian_with_a_typeset_minus(double value, CellFormat format, string expected) =>
        Assert.Equal(expected, ReportHtml.Cell(value, format));

    [Fact]
    public void Missing_numbers_are_a_dash_and_texts_stay_as_written()
    {
        Assert.Equal("—", ReportHtml.Cell(null, CellFormat.Percent));
        Assert.Equal("—", ReportHtml.Cell(double.NaN, CellFormat.Percent));
        Assert.Equal("-5 текст", ReportHtml.Cell("-5 текст", CellFormat.Text));
    }

    [Fact]
    public void A_section_of_one_sentence_follows_the_previous_one_and_others_start_a_page()
    {
        var report = new Report("Отчёт", "2025");
        report.Section("Результаты").Paragraph("Первый абзац.").Paragraph("Второй абзац.");
        report.Section("Адресная поддержка").Paragraph("Нет данных адресной поддержки за 2025 год.");
        report.Section("Динамика").Paragraph("Текст.").Table(new TableBlock("Динамика", "Доля «2»", [new ReportColumn("Год")], [["2025"]]));

        var html = ReportHtml.Render(report);

        Assert.Contains("<h2>Результаты</h2>", html);
        Assert.Contains("<h2 class=\"run-on\">Адресная поддержка</h2>", html);
        Assert.Contains("<h2>Динамика</h2>", html);
    }
}
