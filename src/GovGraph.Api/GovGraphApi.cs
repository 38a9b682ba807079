using System.Text.Encodings.Web;
using System.Text.Unicode;
using GovGraph.Api.Explorer;
using GovGraph.Api.Schema;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace GovGraph.Api;

/// Limits of the GraphQL endpoint, bound from configuration section `GovGraph:Api`.
public sealed class GovGraphApiOptions
{
    public const string Section = "GovGraph:Api";

    /// Deepest selection nesting accepted (introspection is exempt, so GraphiQL can load the schema).
    public int MaxDepth { get; set; } = 15;

    /// Largest estimated cost accepted: each field costs 1, times the page sizes (`first`/`last`) above it.
    public int MaxComplexity { get; set; } = 50_000;

    /// Longest a request may run before it is cut off with a timeout error.
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// Total length of the query texts whose parsed and validated documents are kept (0 turns the cache off).
    /// A document takes roughly ten times its text's length in memory.
    public long DocumentCacheChars { get; set; } = 1_000_000;

    /// Total bytes of whole answers kept until the store changes (0 turns the cache off); see ResponseCache.
    public long ResponseCacheBytes { get; set; } = 64L * 1024 * 1024;
}

/// Composition of the GraphQL API: what `Program.cs` and `govgraph serve` call.
public static class GovGraphApi
{
    /// Configuration key of the store to serve, in the form GraphStores.OpenAsync accepts; `sqlite:./govgraph.db` when unset.
    public const string StoreKey = "GovGraph:Store";
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// The whole app, ready to `Run()`: <paramref name="args"/> as on a command line (`--urls`, `--GovGraph:Api:MaxDepth=…`),
    /// serving the store <paramref name="storeSpec"/> (or the one configured under `GovGraph:Store` when null).
    public static WebApplication BuildApp(string[] args, string? storeSpec = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(GovGraphApi).Assembly.GetName().Name,
        });
        if (storeSpec is not null) builder.Configuration[StoreKey] = storeSpec;
        builder.BindToLoopbackUnlessUrlsGiven();
        builder.Services.AddGovGraphApi();
        var app = builder.Build();
        app.MapGovGraphApi();
        return app;
    }

    /// Listens on 127.0.0.1 only, unless `--urls`, ASPNETCORE_URLS or HTTP_PORTS say otherwise: the graph is not for the network by default.
    public static WebApplicationBuilder BindToLoopbackUnlessUrlsGiven(this WebApplicationBuilder builder)
    {
        var configured = new[] { WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey }
            .Any(key => !string.IsNullOrEmpty(builder.Configuration[key]));
        if (!configured) builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }

    /// The store (opened once from `GovGraph:Store`, default `sqlite:./govgraph.db`, unless an IGraphStore is registered already), the schema, the limits,
    /// the per-request batch loaders and JSON that writes Chinese as is.
    public static IServiceCollection AddGovGraphApi(this IServiceCollection services, Action<GovGraphApiOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<GovGraphApiOptions>().BindConfiguration(GovGraphApiOptions.Section);
        if (configure is not null) optionsBuilder.Configure(configure);

        services.TryAddSingleton(sp => OpenStore(sp.GetRequiredService<IConfiguration>()[StoreKey]));
        services.QuietRequestLogsUnlessConfigured();
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        services.AddGraphQL(b => b
            .AddSchema<GovGraphSchema>()
            .AddGraphTypes(typeof(GovGraphSchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddErrorInfoProvider((o, sp) => o.ExposeExceptionDetails = sp.GetRequiredService<IHostEnvironment>().IsDevelopment())
            .AddComplexityAnalyzer((c, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<GovGraphApiOptions>>().Value;
                c.MaxDepth = limits.MaxDepth;
                c.MaxComplexity = limits.MaxComplexity;
                // Relationship lists are short (a task has one or two lead agencies); pages say their size with first/last.
                c.DefaultListImpactMultiplier = 5;
                c.ValidateComplexityDelegate = context =>
                {
                    // GraphiQL's schema query nests ofType deeper than any data query; it is cheap, so let it through.
                    if (IsIntrospectionOnly(context.ValidationContext.Operation)) context.Error = null;
                    return Task.CompletedTask;
                };
            })
            .ConfigureExecutionOptions(o =>
            {
                o.Timeout = o.RequestServices!.GetRequiredService<IOptions<GovGraphApiOptions>>().Value.Timeout;
                o.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            })
            .AddUnhandledExceptionHandler(context =>
                context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GovGraphApi))
                    .LogError(context.OriginalException, "GraphQL resolver failed: {Message}", context.ErrorMessage)));
        return services;
    }

    /// `/graphql` (POST and GET), `/health`, the offline GraphiQL page at `/graphiql` and the explorer at `/`.
    public static WebApplication MapGovGraphApi(this WebApplication app)
    {
        // Open the store now, so a wrong GovGraph:Store stops the server at startup rather than at the first query.
        app.Services.GetRequiredService<IGraphStore>();
        app.Logger.LogInformation("Serving graph store {Store}", app.Configuration[StoreKey] ?? GraphStores.DefaultSpec);

        app.MapGraphQLEndpoint("/graphql");
        app.MapGet("/health", () => Results.Json(new { status = "ok" }));

        var graphiql = new EmbeddedFileProvider(typeof(GovGraphApi).Assembly, "GovGraph.Api.GraphiQL");
        app.MapGet("/graphiql", () => Results.Stream(graphiql.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = graphiql, RequestPath = "/graphiql" });
        app.MapGovGraphExplorer();
        return app;
    }

    /// ASP.NET Core's category whose Information messages are one-per-request (hosting, routing, endpoint execution).
    public const string AspNetCoreCategory = "Microsoft.AspNetCore";

    /// Request logs at Information cost a third of the throughput (8 console lines per request, bench/RESULTS.md §4), so
    /// `Microsoft.AspNetCore` logs from Warning up, as in ASP.NET Core's own template, unless configuration names a
    /// level for that category or one of its subcategories (`Logging:LogLevel:Microsoft.AspNetCore=Information`).
    static void QuietRequestLogsUnlessConfigured(this IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(o =>
        {
            var configured = o.Rules.Any(r => r.CategoryName is { } c &&
                (c.Equals(AspNetCoreCategory, StringComparison.OrdinalIgnoreCase) ||
                 c.StartsWith(AspNetCoreCategory + ".", StringComparison.OrdinalIgnoreCase)));
            if (!configured) o.Rules.Add(new LoggerFilterRule(null, AspNetCoreCategory, LogLevel.Warning, null));
        });

    // Startup only, on a thread without a synchronization context: blocking here cannot deadlock.
    static IGraphStore OpenStore(string? spec) => GraphStores.OpenAsync(spec).GetAwaiter().GetResult();

    static bool IsIntrospectionOnly(GraphQLParser.AST.GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s =>
            s is GraphQLParser.AST.GraphQLField f && (f.Name.Value == "__schema" || f.Name.Value == "__type" || f.Name.Value == "__typename"));
}
