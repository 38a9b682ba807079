using GovGraph.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.IntegrationTests.Api;

/// The entry the CLI uses (`GovGraphApi.BuildApp`), on a real socket, and the loopback default.
public sealed class HostingTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("govgraph-host-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_server_binds_to_127_0_0_1_unless_urls_are_given()
    {
        var plain = WebApplication.CreateBuilder([]).BindToLoopbackUnlessUrlsGiven();
        Assert.Equal(GovGraphApi.DefaultUrl, plain.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
        Assert.StartsWith("http://127.0.0.1:", GovGraphApi.DefaultUrl);

        var given = WebApplication.CreateBuilder(["--urls", "http://0.0.0.0:6123"]).BindToLoopbackUnlessUrlsGiven();
        Assert.Equal("http://0.0.0.0:6123", given.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public async Task BuildApp_serves_the_given_store_over_HTTP()
    {
        var spec = "sqlite:" + Path.Combine(_dir, "govgraph.db");
        await using (var store = await GovGraph.Storage.GraphStores.OpenAsync(spec))
            foreach (var file in SampleGraph.Files()) await store.ReplaceFileAsync(file);

        await using var app = GovGraphApi.BuildApp(["--urls", "http://127.0.0.1:0"], spec);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Assert.StartsWith("http://127.0.0.1:", address);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var health = await http.GetAsync("/health");
            Assert.True(health.IsSuccessStatusCode);
            var (status, body) = await new GraphQLClient(http).PostAsync("{ stats { files } }");
            Assert.Equal(200, status);
            Assert.Equal(SampleGraph.Files().Count, body.GetProperty("data").GetProperty("stats").GetProperty("files").GetInt32());
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public void BuildApp_with_an_unknown_store_fails_at_startup_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => GovGraphApi.BuildApp([], "mongo://nowhere"));
        Assert.Contains("mongo://nowhere", error.Message);
    }
}
