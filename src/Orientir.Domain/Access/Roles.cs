namespace Orientir.Domain.Access;

/// <summary>The roles of domain.md §1. The code names are stored; the Russian names are shown.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string RegionAnalyst = nameof(RegionAnalyst);
    public const string Methodologist = nameof(Methodologist);
    public const string Curator = nameof(Curator);
    public const string MunicipalOfficer = nameof(MunicipalOfficer);
    public const string SchoolLeader = nameof(SchoolLeader);
    public const string Teacher = nameof(Teacher);

    public static IReadOnlyList<string> All { get; } =
        [Admin, RegionAnalyst, Methodologist, Curator, MunicipalOfficer, SchoolLeader, Teacher];

    /// <summary>Roles whose scope is the whole region.</summary>
    public static bool IsRegionWide(string role) => role is Admin or RegionAnalyst or Methodologist;

    public static bool NeedsMunicipality(string role) => role == MunicipalOfficer;

    public static bool NeedsSchool(string role) => role is SchoolLeader or Teacher;

    /// <summary>Roles allowed to import data packages.</summary>
    public static bool CanImport(string role) => role is Admin or RegionAnalyst;

    /// <summary>Roles allowed to change the methodology of the school analytics and to publish its lists.</summary>
    public static bool CanManageMethodology(string role) => role is Admin or RegionAnalyst;

    /// <summary>Roles that form target lists, assign curators and set monitoring dates: the region's side of targeted support.</summary>
    public static bool CanManageSupport(string role) => role is Admin or RegionAnalyst;

    /// <summary>Roles that write a school's risk profile and documents — only for the school they are bound to.</summary>
    public static bool CanWriteSchoolSupport(string role) => role == SchoolLeader;

    /// <summary>Roles that review (approve or return) school documents — only for the schools assigned to them.</summary>
    public static bool CanReviewSupport(string role) => role == Curator;

    /// <summary>Roles that keep the course catalogue, approve individual routes and run mentoring region-wide.</summary>
    public static bool CanManageStaff(string role) => role is Admin or Methodologist;

    public static string Russian(string role) => role switch
    {
        Admin => "Администратор",
        RegionAnalyst => "Региональный аналитик",
        Methodologist => "Методист",
        Curator => "Куратор",
        MunicipalOfficer => "Специалист МОУО",
        SchoolLeader => "Руководитель ОО",
        Teacher => "Педагог",
        _ => role,
    };
}
