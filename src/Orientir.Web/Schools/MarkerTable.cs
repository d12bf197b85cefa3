using Orientir.Reports.Labels;
using System.Text.RegularExpressions;
using Orientir.Data.Schools;

namespace Orientir.Web.Schools;

/// <summary>
/// The federal-style table of non-objectivity: one column per procedure judged in the run, each cell the markers
/// raised for the school in that procedure.
/// </summary>
public sealed partial class MarkerTable
{
    private readonly Dictionary<(string School, string Procedure), List<string>> _raised = [];

    private MarkerTable(IReadOnlyList<string> procedures) => Procedures = procedures;

    public IReadOnlyList<string> Procedures { get; }

    public static MarkerTable Of(IReadOnlyList<MarkerRow> markers)
    {
        var table = new MarkerTable(markers.Select(m => m.ProcedureCode).Distinct().Order(StringComparer.Ordinal).ToList());
        foreach (var marker in markers.Where(m => m.Raised))
        {
            var key = (marker.SchoolCode, marker.ProcedureCode);
            if (!table._raised.TryGetValue(key, out var kinds)) table._raised[key] = kinds = [];
            kinds.Add(marker.Kind);
        }
        return table;
    }

    /// <summary>The Russian names of the markers raised for a school in a procedure; empty when none.</summary>
    public IReadOnlyList<string> Raised(string schoolCode, string procedureCode) =>
        RaisedKinds(schoolCode, procedureCode).Select(EvidenceLabels.Marker).ToList();

    /// <summary>The kinds (<c>ThresholdBunching</c>, …) of the markers raised for a school in a procedure.</summary>
    public IReadOnlyList<string> RaisedKinds(string schoolCode, string procedureCode) =>
        _raised.TryGetValue((schoolCode, procedureCode), out var kinds) ? kinds : [];

    /// <summary>«ВПР 4 РУ» for VPR-2025-RU-4; any other code as it is.</summary>
    public static string ShortName(string procedureCode)
    {
        var match = ProcedureCodePattern().Match(procedureCode);
        if (!match.Success) return procedureCode;
        var kind = match.Groups[1].Value switch { "VPR" => "ВПР", "RPR" => "РПР", "OGE" => "ОГЭ", "EGE" => "ЕГЭ", var other => other };
        var subject = match.Groups[3].Value switch { "RU" => "РУ", "MA" => "МА", var other => other };
        return $"{kind} {match.Groups[4].Value} {subject}";
    }

    [GeneratedRegex(@"^([A-Z]+)-(\d{4})-([A-Z]+)-(\d+)$")]
    private static partial Regex ProcedureCodePattern();
}
