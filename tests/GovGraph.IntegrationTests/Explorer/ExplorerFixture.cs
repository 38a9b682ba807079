using System.Net;
using GovGraph.IntegrationTests.Api;
using GovGraph.IntegrationTests.Corpus;
using GovGraph.Loader;
using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovGraph.IntegrationTests.Explorer;

/// A browser test: skipped where Debian's chromium is missing on a developer's machine, but run (and failed with
/// how to install it) when CI=true, so CI never passes without having driven the page.
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(ExplorerFixture.Chromium) && !ExplorerFixture.IsCI)
            Skip = $"{ExplorerFixture.Chromium} is not installed ({ExplorerFixture.Install}); with CI=true this is a failure.";
    }
}

/// The real corpus loaded into a fresh SQLite file, the API in process on a real 127.0.0.1 socket, and one headless
/// Debian chromium driven by Playwright, shared by a test class.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// Debian's chromium, or the browser GOVGRAPH_CHROMIUM names (another distribution's path).
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("GOVGRAPH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public const string Install = "apt-get install -y chromium, or scripts/setup-tools as root";

    public static bool IsCI => Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// Screenshots and downloads the tests keep, under the test output folder.
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "explorer");

    readonly string _dir = Directory.CreateTempSubdirectory("govgraph-explorer-").FullName;
    GovGraphApiFactory? _factory;
    IPlaywright? _playwright;
    IBrowser? _browser;

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    public string BaseUrl { get; private set; } = "";

    /// The same API through plain HTTP, for the answers the page must show.
    public GraphQLClient GraphQL { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"The explorer tests need Debian's chromium at {Chromium}, which is missing: {Install}. " +
        "Playwright cannot download a browser here.");

    public async Task InitializeAsync()
    {
        var spec = "sqlite:" + Path.Combine(_dir, "govgraph.db");
        await using (var store = await GraphStores.OpenAsync(spec))
        {
            var pipeline = new Pipeline();
            foreach (var file in CorpusFiles.All) await store.ReplaceFileAsync(pipeline.Load(file));
        }

        _factory = new GovGraphApiFactory(spec);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        GraphQL = new GraphQLClient(new HttpClient { BaseAddress = new Uri(BaseUrl) });
        Directory.CreateDirectory(Artifacts);

        if (!File.Exists(Chromium)) return;
        Assertions.SetDefaultExpectTimeout(ExplorerPage.Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Timeout = 20_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        GraphQL?.Http.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
