using Orientir.Analytics.Indicators;

namespace Orientir.Data.Tests.Schools;

public class SchoolAnalysisLoaderTests
{
    [Fact]
    public async Task Loads_every_school_and_the_three_years_with_students_linked_from_grade_4_to_grade_5()
    {
        var region = await PlantedRegion.OfSeedAsync(PlantedRegion.Seeds[0]);
        var input = region.Input;

        Assert.Equal(PlantedRegion.Schools, input.Schools.Count);
        Assert.Equal(18, input.Procedures.Count);
        Assert.All(input.Procedures, p => Assert.Equal(p.Count, p.StudentKeys!.Length));

        var grade4 = input.Procedures.Single(p => p.Design.Code == "VPR-2024-RU-4");
        var grade5 = input.Procedures.Single(p => p.Design.Code == "VPR-2025-RU-5");
        var nextYear = grade5.StudentKeys!.ToHashSet();
        var followed = grade4.StudentKeys!.Count(nextYear.Contains);
        // 6 % leave and 7 % miss each ВПР on the day: most of the cohort is found again a year later.
        Assert.InRange(followed / (double)grade4.Count, 0.75, 0.95);
        Assert.DoesNotContain(ProcedureWorks.NoStudent, grade4.StudentKeys!);
    }
}
