namespace Orientir.Web.Support.Monitoring;

/// <summary>The Russian names of the SupportMonitoring settings on the methodology page, by path ("SupportMonitoring.Property").</summary>
public static class MonitoringMethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["SupportMonitoring"] = "Адресная поддержка: мониторинг",
        ["SupportMonitoring.MinimumProgressShare"] = "Показатель «в графике»: доля пути от базового к целевому значению",
        ["SupportMonitoring.OverdueGraceDays"] = "Дней после срока до отметки «просрочено»",
        ["SupportMonitoring.EntryStageMonths"] = "Входной этап по умолчанию: месяцев после 1 сентября года программы",
        ["SupportMonitoring.InterimStageMonths"] = "Промежуточный этап по умолчанию: месяцев после 1 сентября",
        ["SupportMonitoring.FinalStageMonths"] = "Итоговый этап по умолчанию: месяцев после 1 сентября",
        ["SupportMonitoring.DailyRunHour"] = "Час ежедневной проверки сроков (местное время)",
        ["SupportMonitoring.JobCheckMinutes"] = "Как часто сервер проверяет, пора ли запускать проверку, минут",
        ["SupportMonitoring.ProblemOnTrackShare"] = "Проблемная школа после промежуточного этапа: доля показателей в графике меньше",
    };
}
