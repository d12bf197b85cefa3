using Orientir.Domain.Support;

namespace Orientir.Web.Support;

/// <summary>The Russian words of targeted support's states and kinds, in one place for pages, exports and tests.</summary>
public static class SupportLabels
{
    public static string Basis(TargetBasis basis) => basis switch
    {
        TargetBasis.LowResults => "ШНОР",
        TargetBasis.Unfavourable => "ШНСУ",
        TargetBasis.LowResultsAndUnfavourable => "ШНОР и ШНСУ",
        _ => "включена вручную",
    };

    public static string ListStatus(TargetListStatus status) => status switch
    {
        TargetListStatus.Draft => "черновик",
        _ => "утверждён",
    };

    public static string DocumentKind(SupportDocumentKind kind) => kind switch
    {
        SupportDocumentKind.Concept => "Концепция развития",
        SupportDocumentKind.MediumTermProgramme => "Среднесрочная программа развития",
        _ => "Антирисковая программа",
    };

    public static string DocumentStatus(DocumentStatus status) => status switch
    {
        Domain.Support.DocumentStatus.Draft => "черновик",
        Domain.Support.DocumentStatus.Submitted => "на проверке у куратора",
        Domain.Support.DocumentStatus.Returned => "возвращён на доработку",
        _ => "утверждён",
    };

    public static string Measure(MeasureStatus status) => status switch
    {
        MeasureStatus.Planned => "запланировано",
        MeasureStatus.Done => "выполнено",
        _ => "просрочено",
    };

    public static string Level(RiskLevel? level) => level switch
    {
        RiskLevel.Low => "низкий",
        RiskLevel.Medium => "средний",
        RiskLevel.High => "высокий",
        _ => "нет данных",
    };

    public static string Stage(MonitoringStage stage) => stage switch
    {
        MonitoringStage.Entry => "входной",
        MonitoringStage.Interim => "промежуточный",
        _ => "итоговый",
    };
}
