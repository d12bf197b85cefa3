using Orientir.Domain.Access;

namespace Orientir.Data.Staff;

/// <summary>
/// Who acts on teachers' professional development: the account, the name the audit records, the role, the scope and,
/// for a teacher's account, the teacher record it is.
/// </summary>
public sealed record StaffActor(string UserId, string UserName, string Role, AccessScope Scope, int? TeacherId = null)
{
    /// <summary>A methodologist (or an administrator): keeps the catalogue, approves routes, runs mentoring region-wide.</summary>
    public bool ManagesStaff => Roles.CanManageStaff(Role);

    public bool IsTeacher => Role == Roles.Teacher;

    /// <summary>A school leader bound to the school: forms mentoring and proposes routes for its teachers.</summary>
    public bool LeadsSchool(int schoolId) => Role == Roles.SchoolLeader && Scope.SchoolIds?.Contains(schoolId) == true;

    /// <summary>The teacher themself.</summary>
    public bool Is(int teacherId) => IsTeacher && TeacherId == teacherId;
}
