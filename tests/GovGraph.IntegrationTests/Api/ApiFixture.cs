using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovGraph.Api;
using GovGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.IntegrationTests.Api;

/// The API in process (WebApplicationFactory over the real Program) serving the store <paramref name="storeSpec"/>,
/// in the Production environment unless told otherwise, with a call-counting decorator around the real store.
public sealed class GovGraphApiFactory(string storeSpec, IReadOnlyDictionary<string, string>? settings = null, string environment = "Production")
    : WebApplicationFactory<Program>
{
    public CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting(GovGraphApi.StoreKey, storeSpec);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
            services.AddSingleton<IGraphStore>(_ => new CountingGraphStore(GraphStores.OpenAsync(storeSpec).GetAwaiter().GetResult())));
    }
}

/// One API over one store for a test class. Subclasses say how the store is made: <see cref="SampleGraphFixture"/>
/// loads a hand-made graph into a fresh SQLite file; a corpus fixture can load real files, or point at an existing store.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class ApiFixture : IAsyncLifetime
{
    GovGraphApiFactory? _factory;

    public GovGraphApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialized.");

    /// The spec of the prepared store, for a test that needs a second app over the same data.
    public string StoreSpec { get; private set; } = "";

    public CountingGraphStore Store => Factory.Store;

    public GraphQLClient GraphQL => new(Factory.CreateClient());

    /// Prepares the store and returns its spec (e.g. `sqlite:/tmp/…/govgraph.db`).
    protected abstract Task<string> PrepareStoreAsync();

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected virtual string Environment => "Production";

    public async Task InitializeAsync()
    {
        StoreSpec = await PrepareStoreAsync();
        _factory = new GovGraphApiFactory(StoreSpec, Settings, Environment);
        _ = _factory.Server;
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }
}

/// A fixture that loads FileGraphs into a fresh SQLite file of its own.
public abstract class FileGraphFixture : ApiFixture
{
    readonly string _dir = Path.Combine(Path.GetTempPath(), "govgraph-api-" + Guid.NewGuid().ToString("N"));

    protected abstract IEnumerable<FileGraph> Files();

    protected override async Task<string> PrepareStoreAsync()
    {
        Directory.CreateDirectory(_dir);
        var spec = "sqlite:" + Path.Combine(_dir, "govgraph.db");
        await using var store = await GraphStores.OpenAsync(spec);
        foreach (var file in Files()) await store.ReplaceFileAsync(file);
        return spec;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public sealed class SampleGraphFixture : FileGraphFixture
{
    protected override IEnumerable<FileGraph> Files() => SampleGraph.Files();
}

/// A thin GraphQL-over-HTTP client for the tests.
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    /// Posts a query and returns `data`, failing the test on any error.
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(query, variables);
        if (body.TryGetProperty("errors", out var errors))
            Assert.Fail($"GraphQL errors ({status}): {errors}");
        Assert.Equal(200, status);
        return body.GetProperty("data");
    }

    /// Posts a query and returns the status and the whole response body.
    public async Task<(int Status, JsonElement Body)> PostAsync(string query, object? variables = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (accept is not null) request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
