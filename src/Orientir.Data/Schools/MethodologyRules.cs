using Orientir.Analytics.Schools;

namespace Orientir.Data.Schools;

/// <summary>
/// The ranges a methodology must respect before it can be saved: a share outside (0, 1), a minimum below 1 or a
/// threshold of zero would not fail loudly in the analytics but would quietly publish meaningless lists. Each
/// problem names the setting (its path in the JSON) in Russian.
/// </summary>
public static class MethodologyRules
{
    public static IReadOnlyList<string> Check(SchoolAnalysisSettings s)
    {
        var problems = new List<string>();
        Share(problems, "Context.UnfavourableShare", s.Context.UnfavourableShare);
        AtLeast(problems, "Context.MinimumComponents", s.Context.MinimumComponents, 1, 7);
        AtLeast(problems, "Context.MinimumCompleteCases", s.Context.MinimumCompleteCases, 3);
        AtLeast(problems, "Context.BandCount", s.Context.BandCount, 1, 10);
        Positive(problems, "Context.ClipSd", s.Context.ClipSd);
        if (s.Context.LogitFloorPercent is <= 0 or >= 50) problems.Add(Message("Context.LogitFloorPercent", "должно быть больше 0 и меньше 50"));
        if (s.Context.FixedWeights.Count != 7 || s.Context.FixedWeights.Any(w => w < 0 || !double.IsFinite(w)) || s.Context.FixedWeights.Sum() <= 0)
            problems.Add(Message("Context.FixedWeights", "нужно 7 неотрицательных весов (по показателям социального паспорта), хотя бы один больше 0"));

        // The loader reads SchoolAnalysisLoader.YearsBack years before the analysed one: no rule may look further back.
        AtLeast(problems, "Performance.YearsPooled", s.Performance.YearsPooled, 1, SchoolAnalysisLoader.YearsBack + 1);
        AtLeast(problems, "Performance.MinimumWorks", s.Performance.MinimumWorks, 1);
        Share(problems, "Performance.ConfidenceLevel", s.Performance.ConfidenceLevel);
        if (s.Performance.Kinds.Count == 0) problems.Add(Message("Performance.Kinds", "укажите хотя бы один вид процедур"));

        Share(problems, "LowResults.BottomShare", s.LowResults.BottomShare);
        AtLeast(problems, "LowResults.ConsecutiveYears", s.LowResults.ConsecutiveYears, 1, SchoolAnalysisLoader.YearsBack + 1);
        AtLeast(problems, "LowResults.MinimumParticipants", s.LowResults.MinimumParticipants, 1);
        AtLeast(problems, "LowResults.MinimumProcedures", s.LowResults.MinimumProcedures, 1);
        if (s.LowResults.FailShareWeight < 0 || s.LowResults.MeanPercentWeight < 0 || s.LowResults.FailShareWeight + s.LowResults.MeanPercentWeight <= 0)
            problems.Add(Message("LowResults.FailShareWeight", "веса доли «2» и среднего балла неотрицательны, хотя бы один больше 0"));
        if (s.LowResults.KeyProcedures.Count == 0 || s.LowResults.KeyProcedures.Any(k => k.Weight <= 0))
            problems.Add(Message("LowResults.KeyProcedures", "нужна хотя бы одна ключевая процедура, вес каждой больше 0"));

        AtLeast(problems, "Objectivity.MinimumWorks", s.Objectivity.MinimumWorks, 2);
        AtLeast(problems, "Objectivity.MinimumProceduresWithMarkers", s.Objectivity.MinimumProceduresWithMarkers, 1);
        AtLeast(problems, "Objectivity.MinimumRaisedMarkers", s.Objectivity.MinimumRaisedMarkers, 1);
        AtLeast(problems, "Objectivity.BunchingWindow", s.Objectivity.BunchingWindow, 1, 10);
        foreach (var (path, z) in new[]
                 {
                     ("Objectivity.UnconfirmedZ", s.Objectivity.UnconfirmedZ), ("Objectivity.HardTasksZ", s.Objectivity.HardTasksZ),
                     ("Objectivity.BunchingZ", s.Objectivity.BunchingZ), ("Objectivity.JournalZ", s.Objectivity.JournalZ),
                     ("Objectivity.PersonFitZ", s.Objectivity.PersonFitZ), ("Objectivity.BunchingBandwidth", s.Objectivity.BunchingBandwidth),
                 })
            Positive(problems, path, z);
        if (s.Objectivity.JudgedKinds.Count == 0) problems.Add(Message("Objectivity.JudgedKinds", "укажите хотя бы один вид проверяемых процедур"));

        foreach (var (property, problem) in s.SupportRisk.Problems()) problems.Add(Message($"SupportRisk.{property}", problem));
        foreach (var (property, problem) in s.SupportMonitoring.Problems()) problems.Add(Message($"SupportMonitoring.{property}", problem));
        foreach (var (property, problem) in s.SupportEffect.Problems()) problems.Add(Message($"SupportEffect.{property}", problem));
        foreach (var (property, problem) in s.Staff.Problems()) problems.Add(Message($"Staff.{property}", problem));
        return problems;
    }

    private static void Share(List<string> problems, string path, double value)
    {
        if (!(value > 0 && value < 1)) problems.Add(Message(path, "должно быть долей больше 0 и меньше 1 (например, 0,15)"));
    }

    private static void Positive(List<string> problems, string path, double value)
    {
        if (!(value > 0 && double.IsFinite(value))) problems.Add(Message(path, "должно быть больше 0"));
    }

    private static void AtLeast(List<string> problems, string path, int value, int minimum, int maximum = int.MaxValue)
    {
        if (value < minimum || value > maximum)
            problems.Add(Message(path, maximum == int.MaxValue ? $"должно быть не меньше {minimum}" : $"должно быть от {minimum} до {maximum}"));
    }

    private static string Message(string path, string problem) => $"{path}: {problem}";
}
