using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Catalogue;

/// <summary>A programme as a manager enters it; <see cref="Targets"/> is <c>|</c>-separated.</summary>
public sealed record ProgrammeInput(string Title, string Provider, int Hours, CourseFormat Format, string? RegistryNumber, string Targets, bool IsActive = true);

public sealed record ProgrammeRow(int Id, string Title, string Provider, int Hours, CourseFormat Format, string? RegistryNumber,
    IReadOnlyList<string> Targets, bool IsActive, DateTime UpdatedAtUtc, string UpdatedBy);

/// <summary>A competence with the number of active programmes addressing it.</summary>
public sealed record CompetenceRow(string Code, string Name, int Programmes);

internal static class ProgrammeRows
{
    public static ProgrammeRow Of(CourseProgramme p) =>
        new(p.Id, p.Title, p.Provider, p.Hours, p.Format, p.RegistryNumber, p.TargetList, p.IsActive, p.UpdatedAtUtc, p.UpdatedBy);
}
