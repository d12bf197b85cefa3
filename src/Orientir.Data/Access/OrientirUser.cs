using Microsoft.AspNetCore.Identity;

namespace Orientir.Data.Access;

/// <summary>An account. Its role is an Identity role; its scope is the municipality or school it is bound to.</summary>
public sealed class OrientirUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? MunicipalityId { get; set; }
    public int? SchoolId { get; set; }
    /// <summary>For a teacher's account: the teacher record it is (a teacher sees only themself).</summary>
    public int? TeacherId { get; set; }
    /// <summary>Demo accounts exist only while the system runs in demo mode.</summary>
    public bool IsDemo { get; set; }
}

/// <summary>A curator's assigned school. Issue-level history of assignments comes with targeted support.</summary>
public sealed class CuratorSchool
{
    public required string UserId { get; init; }
    public required int SchoolId { get; init; }
    public DateTime AssignedAtUtc { get; init; }
}
