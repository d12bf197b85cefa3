using Orientir.Data.Staff;
using Orientir.Web.Shared;

namespace Orientir.Web.Staff;

/// <summary>A page or panel of professional development: the signed-in user as a staff actor.</summary>
public abstract class StaffPage : UserPage
{
    protected async Task<StaffActor> ActorAsync() => await Scoped.StaffActorAsync(await UserAsync());
}
