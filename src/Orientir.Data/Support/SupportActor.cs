using Orientir.Domain.Access;

namespace Orientir.Data.Support;

/// <summary>Who acts on targeted support: the account (for notifications and curator assignments), the name the audit records, the role and the scope.</summary>
public sealed record SupportActor(string UserId, string UserName, string Role, AccessScope Scope)
{
    public bool ManagesSupport => Roles.CanManageSupport(Role);

    /// <summary>A school leader bound to the school: the only one who writes its profile and documents.</summary>
    public bool WritesFor(int schoolId) => Roles.CanWriteSchoolSupport(Role) && Scope.SchoolIds?.Contains(schoolId) == true;

    /// <summary>A curator currently assigned to the school (their scope is their current assignments).</summary>
    public bool ReviewsFor(int schoolId) => Roles.CanReviewSupport(Role) && Scope.SchoolIds?.Contains(schoolId) == true;
}
