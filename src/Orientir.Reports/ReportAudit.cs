namespace Orientir.Reports;

public static class ReportAudit
{
    /// <summary>The audit action of every report produced, whatever its form and wherever it was asked for.</summary>
    public const string Action = "report.export";
}
