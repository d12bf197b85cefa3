namespace Orientir.Domain.Results;

/// <summary>
/// The conversion scale of primary scores to marks: the minimum primary score of the marks 3, 4 and 5;
/// a score below <see cref="Mark3"/> is a 2.
/// </summary>
public sealed record MarkThresholds(int Mark3, int Mark4, int Mark5)
{
    public int MarkFor(int primaryScore) =>
        primaryScore >= Mark5 ? 5 : primaryScore >= Mark4 ? 4 : primaryScore >= Mark3 ? 3 : 2;

    public bool IsOrderedWithin(int maxScore) => 0 <= Mark3 && Mark3 < Mark4 && Mark4 < Mark5 && Mark5 <= maxScore;

    /// <summary>The package form: <c>3:10;4:18;5:25</c>.</summary>
    public override string ToString() => $"3:{Mark3};4:{Mark4};5:{Mark5}";

    /// <summary>Parses <c>3:10;4:18;5:25</c> (spaces and a trailing separator tolerated).</summary>
    public static bool TryParse(string text, out MarkThresholds? thresholds)
    {
        thresholds = null;
        int? m3 = null, m4 = null, m5 = null;
        foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !int.TryParse(pair[0], out var mark) || !int.TryParse(pair[1], out var min))
                return false;
            switch (mark)
            {
                case 3 when m3 is null: m3 = min; break;
                case 4 when m4 is null: m4 = min; break;
                case 5 when m5 is null: m5 = min; break;
                default: return false;
            }
        }
        if (m3 is null || m4 is null || m5 is null) return false;
        thresholds = new MarkThresholds(m3.Value, m4.Value, m5.Value);
        return true;
    }
}
