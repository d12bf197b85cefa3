using Orientir.Data.Registry;

namespace Orientir.Web.Shared;

/// <summary>A page that reads registry data in the signed-in user's scope.</summary>
public abstract class ScopedPage : UserPage
{
    protected async Task<RegistryQueries> QueriesAsync() => await Scoped.ForAsync(await UserAsync());
}
