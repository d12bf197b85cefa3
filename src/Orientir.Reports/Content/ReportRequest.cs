namespace Orientir.Reports.Content;

public enum ReportLevel
{
    School,
    Municipality,
    Region,
}

public enum ReportFormat
{
    Pdf,
    Xlsx,
    Html,
}

/// <summary>What to report on: a school or a municipality by code (the region needs none) and the year of the procedures.</summary>
public sealed record ReportRequest(ReportLevel Level, string? Code, int Year)
{
    /// <summary>«school-S001-2025»: the stem of the file's name.</summary>
    public string FileStem => Level == ReportLevel.Region
        ? $"report-region-{Year}"
        : $"report-{Level.ToString().ToLowerInvariant()}-{Code}-{Year}";
}

/// <summary>How far a report has come: a Russian stage name and the steps done of the steps known so far.</summary>
public sealed record ReportProgress(string Stage, int Done, int Total);
