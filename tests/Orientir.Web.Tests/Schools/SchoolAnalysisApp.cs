using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Schools;

/// <summary>An app of its own (its methodology versions change in the tests) with <see cref="AnalysisRun"/> published.</summary>
public sealed class SchoolAnalysisApp : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await AnalysisRun.EnsureAsync(App.App.Services);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
