using System.Globalization;

namespace Orientir.Reports.Content;

/// <summary>The title page's facts every report carries.</summary>
public static class ReportTitle
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static void AddParameters(Report report, ReportContext context, string objectLabel, string objectName, int year, int? methodologyNumber)
    {
        report.Parameters.Add(new KeyFigure(objectLabel, objectName));
        report.Parameters.Add(new KeyFigure("Год", year.ToString(CultureInfo.InvariantCulture)));
        if (methodologyNumber is { } number) report.Parameters.Add(new KeyFigure("Версия методики", number.ToString(CultureInfo.InvariantCulture)));
        report.Parameters.Add(new KeyFigure("Сформирован", context.Time.GetLocalNow().ToString("d MMMM yyyy, HH:mm", Russian)));
        report.Parameters.Add(new KeyFigure("Сформировал", context.User));
    }
}
