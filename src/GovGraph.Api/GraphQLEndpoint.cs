using GovGraph.Api.Schema;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Api;

/// `POST /graphql` and `GET /graphql?query=…` after the GraphQL-over-HTTP conventions.
/// Hand-written because GraphQL.Server.Transports.AspNetCore is not available here.
/// Requests that fail before execution (malformed, unparsable, invalid, over the limits) get 400; executed ones 200,
/// with field errors beside the data. The answer is application/graphql-response+json when the Accept header asks
/// for it, application/json otherwise.
public static class GraphQLEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern)
    {
        app.MapPost(pattern, HandlePostAsync);
        app.MapGet(pattern, HandleGetAsync);
    }

    static async Task HandlePostAsync(HttpContext http, IDocumentExecuter<GovGraphSchema> executer, IGraphQLTextSerializer serializer)
    {
        var services = new Services(executer, serializer, http.RequestServices.GetRequiredService<ResponseCache>(), http.RequestServices.GetRequiredService<IGraphStore>());
        if (Negotiate(http.Request) is not { } mediaType)
        {
            await WriteAsync(http, serializer, Json, StatusCodes.Status406NotAcceptable,
                Failure("NOT_ACCEPTABLE", $"The Accept header must allow {GraphQLResponseJson} or {Json}."));
            return;
        }
        if (!IsJson(http.Request.ContentType))
        {
            await WriteAsync(http, serializer, mediaType, StatusCodes.Status415UnsupportedMediaType,
                Failure("UNSUPPORTED_MEDIA_TYPE", $"POST bodies must be {Json} (got '{http.Request.ContentType ?? "none"}')."));
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            await WriteAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest,
                Failure("INVALID_REQUEST", "The body must be one JSON object with a string 'query' and optional 'variables' (an object) and 'operationName'."));
            return;
        }
        await ExecuteAsync(http, services, mediaType, request);
    }

    static async Task HandleGetAsync(HttpContext http, IDocumentExecuter<GovGraphSchema> executer, IGraphQLTextSerializer serializer)
    {
        var services = new Services(executer, serializer, http.RequestServices.GetRequiredService<ResponseCache>(), http.RequestServices.GetRequiredService<IGraphStore>());
        if (Negotiate(http.Request) is not { } mediaType)
        {
            await WriteAsync(http, serializer, Json, StatusCodes.Status406NotAcceptable,
                Failure("NOT_ACCEPTABLE", $"The Accept header must allow {GraphQLResponseJson} or {Json}."));
            return;
        }
        var q = http.Request.Query;
        Inputs? variables = null;
        if (q.TryGetValue("variables", out var text) && !string.IsNullOrEmpty(text))
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(text.ToString());
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
            {
                await WriteAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest,
                    Failure("INVALID_REQUEST", "The 'variables' parameter must be a JSON object."));
                return;
            }
        }
        // GET may only read; the schema has no mutations, so every valid operation is a query.
        var request = new GraphQLRequest { Query = q["query"].ToString(), OperationName = NullIfEmpty(q["operationName"].ToString()), Variables = variables };
        await ExecuteAsync(http, services, mediaType, request);
    }

    readonly record struct Services(IDocumentExecuter<GovGraphSchema> Executer, IGraphQLTextSerializer Serializer, ResponseCache Cache, IGraphStore Store);

    static async Task ExecuteAsync(HttpContext http, Services services, string mediaType, GraphQLRequest? request)
    {
        var serializer = services.Serializer;
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest,
                Failure("INVALID_REQUEST", "The request has no 'query'."));
            return;
        }

        // The version is read before executing: an answer made while a load commits is kept under the older version,
        // so the next request, seeing the newer one, does not take it.
        string? key = null;
        long? version = null;
        if (services.Cache.Enabled && await services.Store.DataVersionAsync(http.RequestAborted) is { } current)
        {
            version = current;
            key = ResponseCache.Key(mediaType, request.Query, request.OperationName,
                request.Variables is null ? "" : serializer.Serialize(request.Variables));
            if (services.Cache.Find(key, current) is { } kept)
            {
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = kept.MediaType + "; charset=utf-8";
                await http.Response.Body.WriteAsync(kept.Body, http.RequestAborted);
                return;
            }
        }

        var result = await services.Executer.ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.RequestServices = http.RequestServices;
            o.User = http.User;
            o.CancellationToken = http.RequestAborted;
        });
        if (key is not null && result.Executed && result.Errors is not { Count: > 0 })
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, http.RequestAborted);
            var body = buffer.ToArray();
            services.Cache.Keep(key, new ResponseCache.Answer(version!.Value, mediaType, body));
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = mediaType + "; charset=utf-8";
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
            return;
        }
        await WriteAsync(http, serializer, mediaType, result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, result);
    }

    static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    static ExecutionResult Failure(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }], Executed = false };

    /// The media type to answer with, by the client's preference (q values); null when it accepts neither JSON type.
    static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (range.Quality == 0) continue;
            var type = range.MediaType.Value;
            if (string.Equals(type, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return GraphQLResponseJson;
            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*") return Json;
        }
        return null;
    }

    static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) &&
        string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase);

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
