using Orientir.Data.Schools;
using Orientir.Web.Shared;

namespace Orientir.Web.Schools;

/// <summary>A page of the school analytics: the published lists in the signed-in user's scope.</summary>
public abstract class SchoolsPage : UserPage
{
    protected async Task<SchoolListQueries> ListsAsync() => await Scoped.SchoolListsForAsync(await UserAsync());
}
