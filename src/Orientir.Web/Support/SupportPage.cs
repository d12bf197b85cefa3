using Orientir.Data.Support;
using Orientir.Web.Shared;

namespace Orientir.Web.Support;

/// <summary>A page or panel of targeted support: the signed-in user as a support actor.</summary>
public abstract class SupportPage : UserPage
{
    protected async Task<SupportActor> ActorAsync() => await Scoped.SupportActorAsync(await UserAsync());
}
