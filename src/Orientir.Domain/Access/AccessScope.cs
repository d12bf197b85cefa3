namespace Orientir.Domain.Access;

/// <summary>
/// What a user may see: the whole region, one municipality, or a set of schools (one for a school leader
/// or a teacher, the assigned ones for a curator). Every query of registry and results data takes one.
/// </summary>
public sealed record AccessScope
{
    private AccessScope(string role, int? municipalityId, IReadOnlySet<int>? schoolIds)
    {
        Role = role;
        MunicipalityId = municipalityId;
        SchoolIds = schoolIds;
    }

    public string Role { get; }
    /// <summary>Set for a municipal officer: the only municipality they see.</summary>
    public int? MunicipalityId { get; }
    /// <summary>Set for school-bound roles and curators: the only schools they see.</summary>
    public IReadOnlySet<int>? SchoolIds { get; }

    public bool IsRegionWide => MunicipalityId is null && SchoolIds is null;

    public static AccessScope Region(string role) => new(role, null, null);

    public static AccessScope Municipality(string role, int municipalityId) => new(role, municipalityId, null);

    public static AccessScope Schools(string role, IEnumerable<int> schoolIds) => new(role, null, schoolIds.ToHashSet());

    /// <summary>A scope that sees nothing: a user whose scope is not configured.</summary>
    public static AccessScope Nothing(string role) => new(role, null, new HashSet<int>());
}
