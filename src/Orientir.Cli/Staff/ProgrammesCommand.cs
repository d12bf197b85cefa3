using System.CommandLine;
using Orientir.Cli.Import;
using Orientir.Data.Staff.Catalogue;

namespace Orientir.Cli.Staff;

/// <summary>
/// <c>orientir staff programmes import FILE</c> (the <c>programmes</c> command of <c>staff</c>): loads programmes.csv into the catalogue of ДПП. Exit codes: 0 imported
/// or unchanged, 1 rejected (errors printed as <c>programmes.csv:line: column: problem [CODE]</c>, nothing stored),
/// 2 the file does not exist.
/// </summary>
internal static class ProgrammesCommand
{
    public static Command Create() => new("programmes", "Каталог программ повышения квалификации (ДПП)")
    {
        CatalogueImportCommand.Create(
            "Загрузить каталог ДПП из programmes.csv: всё или ничего, повторная загрузка ничего не меняет",
            "programmes.csv: title, provider, hours, format, registry_number, targets, active",
            "Каталог ДПП",
            "Кто загружает каталог (для журнала); по умолчанию имя пользователя системы",
            (db, path, user, name, cancellationToken) => new ProgrammeImport(db, TimeProvider.System).ImportAsync(path, user, name, cancellationToken)),
    };
}
