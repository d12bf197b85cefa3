using Orientir.Web.Hosting;

namespace Orientir.Web.Tests.Access;

public class OrientirSettingsTests
{
    [Theory]
    [InlineData("--no-demo", false)]
    [InlineData("--demo", true)]
    public void A_demo_switch_on_the_command_line_decides_and_is_not_passed_on(string flag, bool demo)
    {
        var settings = OrientirSettings.From(["--urls", "http://127.0.0.1:0", flag, "--db", "Host=db;Database=orientir"], out var rest);
        Assert.Equal(demo, settings.DemoMode);
        Assert.Equal("Host=db;Database=orientir", settings.ConnectionString);
        Assert.Equal(["--urls", "http://127.0.0.1:0"], rest);
    }
}
