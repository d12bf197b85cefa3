using Orientir.Data.Import.Adapters.Rcoi;
using Orientir.Domain.Results;

namespace Orientir.Data.Tests.Import.Adapters.Rcoi;

public class ProtocolTitleTests
{
    [Theory]
    [InlineData("ЕГЭ 2025 Химия", ProcedureKind.Ege, 2025, "Химия", 11)]
    [InlineData("ОГЭ 2025 Математика 9 класс", ProcedureKind.Oge, 2025, "Математика", 9)]
    [InlineData("ОГЭ 2024 Русский язык", ProcedureKind.Oge, 2024, "Русский язык", 9)]
    [InlineData("Протокол результатов ЕГЭ-2025. Математика (профильный уровень)", ProcedureKind.Ege, 2025, "Математика (профильный уровень)", 11)]
    [InlineData("егэ 2023 г. Информатика и ИКТ (КЕГЭ), 11 класс", ProcedureKind.Ege, 2023, "Информатика и ИКТ (КЕГЭ)", 11)]
    public void A_title_row_names_kind_year_subject_and_grade(string text, ProcedureKind kind, int year, string subject, int grade) =>
        Assert.Equal(new ProtocolTitle(kind, year, subject, SubjectIsCode: false, grade), ProtocolTitle.FromTitle(text));

    [Theory]
    [InlineData("Протокол")]
    [InlineData("ЕГЭ Химия")]
    [InlineData("Код МСУ")]
    [InlineData("ЕГЭ 2025")]
    public void A_row_without_kind_year_and_subject_is_no_title(string text) => Assert.Null(ProtocolTitle.FromTitle(text));

    [Theory]
    [InlineData("EGE-2025-CH-11.csv", ProcedureKind.Ege, 2025, "CH", 11)]
    [InlineData("oge-2024-ma-9.xlsx", ProcedureKind.Oge, 2024, "MA", 9)]
    [InlineData("EGE-2025-EN-O.csv", ProcedureKind.Ege, 2025, "EN-O", 11)]
    [InlineData("OGE-2025-RU.csv", ProcedureKind.Oge, 2025, "RU", 9)]
    public void A_file_name_carries_the_procedure_code(string name, ProcedureKind kind, int year, string subject, int grade) =>
        Assert.Equal(new ProtocolTitle(kind, year, subject, SubjectIsCode: true, grade), ProtocolTitle.FromFileName(name));

    [Theory]
    [InlineData("protocol.csv")]
    [InlineData("VPR-2025-RU-4.csv")]
    [InlineData("EGE-25-CH-11.csv")]
    public void Other_file_names_name_no_procedure(string name) => Assert.Null(ProtocolTitle.FromFileName(name));
}
