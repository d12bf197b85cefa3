namespace Orientir.Web.Support.Lists;

/// <summary>The Russian words of a list's history.</summary>
public static class ListLabels
{
    public static string Change(string action) => action switch
    {
        "create" => "Сформирован из списков ШНОР и ШНСУ",
        "revision" => "Создана новая редакция",
        "add" => "Школа включена",
        "remove" => "Школа исключена",
        "restore" => "Школа возвращена",
        "stages" => "Изменены даты этапов",
        "approve" => "Список утверждён",
        _ => action,
    };

    public static string Number(double? value) => value is { } v ? v.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")) : "—";
}
