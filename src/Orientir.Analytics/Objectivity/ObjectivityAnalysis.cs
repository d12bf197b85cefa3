using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// Signs of non-objective results (domain.md §4.3) in the judged procedures of <see cref="SchoolAnalysisInput.Year"/>:
/// five markers per school × procedure, each a z against the region's schools with its evidence, and per school the
/// federal-style row (procedures with markers, number of markers, listed or not). One pass over each procedure's
/// works per marker, arrays indexed by school.
/// </summary>
public static class ObjectivityAnalysis
{
    public static ObjectivityResult Run(SchoolAnalysisInput input, ObjectivitySettings settings)
    {
        var schoolIds = new int[input.Schools.Count];
        var schoolIndex = new Dictionary<int, int>(input.Schools.Count);
        for (var s = 0; s < schoolIds.Length; s++)
        {
            schoolIds[s] = input.Schools[s].SchoolId;
            schoolIndex[schoolIds[s]] = s;
        }

        var frames = new Dictionary<string, ProcedureFrame>();
        ProcedureFrame FrameOf(Indicators.ProcedureWorks works)
        {
            if (!frames.TryGetValue(works.Design.Code, out var frame))
                frames[works.Design.Code] = frame = new ProcedureFrame(works, schoolIndex, schoolIds.Length);
            return frame;
        }

        var judgedProcedures = new List<Indicators.ProcedureWorks>();
        foreach (var works in input.Procedures)
            if (IsJudged(works, input.Year, settings)) judgedProcedures.Add(works);
        judgedProcedures.Sort((a, b) => string.CompareOrdinal(a.Design.Code, b.Design.Code));

        var markers = new List<ObjectivityMarker>();
        var judgedBySchool = new List<string>[schoolIds.Length];
        var notJudgedBySchool = new List<string>[schoolIds.Length];
        for (var s = 0; s < schoolIds.Length; s++) { judgedBySchool[s] = []; notJudgedBySchool[s] = []; }

        // Two works at least: a school's spread and every binomial error need them.
        var minimumWorks = Math.Max(2, settings.MinimumWorks);
        foreach (var works in judgedProcedures)
        {
            var frame = FrameOf(works);
            var judged = new bool[schoolIds.Length];
            for (var s = 0; s < judged.Length; s++)
            {
                if (frame.WorkCount[s] == 0) continue;
                judged[s] = frame.WorkCount[s] >= minimumWorks;
                (judged[s] ? judgedBySchool[s] : notJudgedBySchool[s]).Add(frame.Code);
            }
            var sink = new MarkerSink(frame, schoolIds, judged, settings, markers);

            var independent = new List<ProcedureFrame>();
            ProcedureFrame? nextYear = null;
            foreach (var other in input.Procedures)
            {
                var design = other.Design;
                if (design.Subject != works.Design.Subject) continue;
                if (design.Year == input.Year && IsIndependent(other, settings)) independent.Add(FrameOf(other));
                else if (settings.UseNextYearOfSameStudents && design.Year == input.Year + 1 && design.Grade == works.Design.Grade + 1
                         && design.Kind == works.Design.Kind && !IsIndependent(other, settings))
                    nextYear = FrameOf(other);
            }

            UnconfirmedResultMarker.Add(sink, independent, nextYear);
            HardTasksMarker.Add(sink);
            BunchingMarker.Add(sink);
            JournalMarker.Add(sink);
            PersonFitMarker.Add(sink);
        }

        return new ObjectivityResult(judgedProcedures.ConvertAll(p => p.Design.Code), markers,
            Summarise(schoolIds, schoolIndex, markers, judgedBySchool, notJudgedBySchool, settings));
    }

    private static bool IsIndependent(Indicators.ProcedureWorks works, ObjectivitySettings settings) =>
        settings.IndependentKinds.Contains(works.Design.Kind) || settings.IndependentProcedureCodes.Contains(works.Design.Code);

    private static bool IsJudged(Indicators.ProcedureWorks works, int year, ObjectivitySettings settings) =>
        works.Design.Year == year && settings.JudgedKinds.Contains(works.Design.Kind) && !IsIndependent(works, settings);

    private static List<ObjectivitySchool> Summarise(int[] schoolIds, Dictionary<int, int> schoolIndex, List<ObjectivityMarker> markers,
        List<string>[] judged, List<string>[] notJudged, ObjectivitySettings settings)
    {
        var withMarkers = new List<string>[schoolIds.Length];
        var raised = new int[schoolIds.Length];
        for (var s = 0; s < schoolIds.Length; s++) withMarkers[s] = [];
        foreach (var marker in markers)
        {
            if (!marker.Raised) continue;
            var s = schoolIndex[marker.SchoolId];
            raised[s]++;
            if (!withMarkers[s].Contains(marker.ProcedureCode)) withMarkers[s].Add(marker.ProcedureCode);
        }
        var rows = new List<ObjectivitySchool>(schoolIds.Length);
        for (var s = 0; s < schoolIds.Length; s++)
        {
            var listed = settings.ListingRule switch
            {
                ObjectivityListingRule.RaisedMarkers => raised[s] >= settings.MinimumRaisedMarkers,
                _ => withMarkers[s].Count >= settings.MinimumProceduresWithMarkers,
            };
            rows.Add(new ObjectivitySchool(schoolIds[s], judged[s], notJudged[s], withMarkers[s], raised[s], listed));
        }
        return rows;
    }
}
