using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovGraph.Storage.Neo4j;

/// The rows one statement returned: column names and one JSON value per column per row (plain JSON format).
public sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
{
    public static readonly QueryResult Empty = new([], []);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;

    public JsonElement Get(JsonElement[] row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i] == field) return row[i];
        throw new Neo4jException("GovGraph.Neo4j.MissingField", $"the result has no field '{field}' (it has {string.Join(", ", Fields)})");
    }
}

/// Neo4j's HTTP Query API (/db/{db}/query/v2, Neo4j 5.19+): one statement per request, implicit or explicit transactions.
/// Errors come in the body (the status is 202 whatever happened, 401 for bad credentials), so every body is checked.
/// The HttpClient belongs to the caller. A Bolt driver could take this class's place behind the same two calls.
public sealed class Neo4jQueryApi(HttpClient http, Neo4jOptions options, ILogger? logger = null)
{
    const string AffinityHeader = "neo4j-cluster-affinity";
    static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    readonly ILogger _logger = logger ?? NullLogger.Instance;
    readonly AuthenticationHeaderValue _auth = new("Basic",
        Convert.ToBase64String(Encoding.UTF8.GetBytes(options.User + ":" + options.Password)));
    readonly Uri _query = new(Base(options.Url), $"db/{Uri.EscapeDataString(options.Database)}/query/v2");

    public Neo4jOptions Options { get; } = options;

    /// Runs one statement in its own (implicit) transaction, tried again after transient errors.
    public Task<QueryResult> RunAsync(Statement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct = default) =>
        WithRetriesAsync(() => SendAsync(HttpMethod.Post, _query, statement, parameters, null, ct), statement.Name, ct);

    /// Runs <paramref name="work"/> in one explicit transaction that is committed when it returns and rolled back when
    /// it throws; after a transient error the whole transaction is run again, so the work must start from scratch.
    public Task<T> InTransactionAsync<T>(Statement first, IReadOnlyDictionary<string, object?> parameters,
        Func<Neo4jTransaction, QueryResult, Task<T>> work, CancellationToken ct = default) =>
        WithRetriesAsync(async () =>
        {
            var (tx, result) = await BeginAsync(first, parameters, ct);
            try
            {
                var value = await work(tx, result);
                await tx.CommitAsync(ct);
                return value;
            }
            catch
            {
                await tx.RollbackAsync();
                throw;
            }
        }, "transaction", ct);

    async Task<(Neo4jTransaction, QueryResult)> BeginAsync(Statement first, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct)
    {
        var response = await SendRawAsync(HttpMethod.Post, new Uri(_query + "/tx"), first, parameters, null, ct);
        var id = response.Body.TryGetProperty("transaction", out var t) && t.TryGetProperty("id", out var i) ? i.GetString() : null;
        if (string.IsNullOrEmpty(id))
            throw new Neo4jException("GovGraph.Neo4j.NoTransaction", "Neo4j opened no transaction (the response has no transaction.id)", first.Name);
        var tx = new Neo4jTransaction(this, new Uri(_query + "/tx/" + Uri.EscapeDataString(id)), response.Affinity);
        return (tx, response.Result);
    }

    internal async Task<QueryResult> SendAsync(HttpMethod method, Uri uri, Statement? statement,
        IReadOnlyDictionary<string, object?>? parameters, string? affinity, CancellationToken ct) =>
        (await SendRawAsync(method, uri, statement, parameters, affinity, ct)).Result;

    internal async Task<(QueryResult Result, JsonElement Body, string? Affinity)> SendRawAsync(HttpMethod method, Uri uri,
        Statement? statement, IReadOnlyDictionary<string, object?>? parameters, string? affinity, CancellationToken ct)
    {
        if (statement is not null) CheckParameters(statement, parameters ?? new Dictionary<string, object?>());
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = _auth;
        request.Headers.Accept.Add(Json);
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (statement is not null)
            request.Content = new ByteArrayContent(Body(statement, parameters!)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException("GovGraph.Neo4j.Unreachable", $"cannot reach Neo4j at {Options.Url}: {e.Message}", statement?.Name, e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            var body = ParseBody(text, response.StatusCode, statement?.Name);
            if (body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var error = errors[0];
                throw new Neo4jException(
                    error.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                    error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "", statement?.Name);
            }
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw new Neo4jException("Neo.ClientError.Security.Unauthorized", $"Neo4j refused the credentials of user {Options.User}", statement?.Name);
            if (!response.IsSuccessStatusCode)
                throw new Neo4jException("GovGraph.Neo4j.HttpError", $"HTTP {(int)response.StatusCode} from {uri}: {Snippet(text)}", statement?.Name);
            var affinityOut = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
            return (ReadResult(body), body, affinityOut);
        }
    }

    async Task<T> WithRetriesAsync<T>(Func<Task<T>> attempt, string what, CancellationToken ct)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await attempt();
            }
            catch (Neo4jException e) when (e.IsTransient && retry < Options.MaxRetries)
            {
                var delay = Options.RetryDelay * Math.Pow(2, retry);
                _logger.LogWarning("Neo4j {What} failed with {Code}; trying again in {Delay} ms ({Retry}/{Max})",
                    what, e.Code, (int)delay.TotalMilliseconds, retry + 1, Options.MaxRetries);
                await Task.Delay(delay, ct);
            }
        }
    }

    /// Neo4j answers a missing parameter only at run time: a statement sent with other parameters than its text uses
    /// is a bug in this adapter, caught here before anything is sent.
    static void CheckParameters(Statement statement, IReadOnlyDictionary<string, object?> parameters)
    {
        var missing = statement.Parameters.Where(p => !parameters.ContainsKey(p)).ToList();
        var extra = parameters.Keys.Where(k => !statement.Parameters.Contains(k)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            throw new InvalidOperationException($"Statement {statement.Name} uses parameters {string.Join(", ", statement.Parameters.Order(StringComparer.Ordinal))}; "
                + $"missing: {string.Join(", ", missing)}; not used: {string.Join(", ", extra)}.");
    }

    static byte[] Body(Statement statement, IReadOnlyDictionary<string, object?> parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PropertyJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            WriteValue(writer, parameters);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// Parameters are strings, numbers, booleans, nulls, lists and maps of them (rows of a batch).
    static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case string or bool or long or int or double or null:
                PropertyJson.WriteValue(writer, value);
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Neo4j parameter cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }

    static JsonElement ParseBody(string text, HttpStatusCode status, string? statement)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (status == HttpStatusCode.Unauthorized)
                throw new Neo4jException("Neo.ClientError.Security.Unauthorized", "Neo4j refused the credentials", statement);
            if ((int)status is >= 200 and < 300) return JsonDocument.Parse("{}").RootElement.Clone();
            throw new Neo4jException("GovGraph.Neo4j.HttpError", $"HTTP {(int)status} with an empty body", statement);
        }
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Neo4jException("GovGraph.Neo4j.HttpError", $"HTTP {(int)status}, not a Query API answer: {Snippet(text)}", statement);
        }
    }

    static QueryResult ReadResult(JsonElement body)
    {
        if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object) return QueryResult.Empty;
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = data.TryGetProperty("values", out var v) ? v.EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToList() : [];
        return new QueryResult(fields, rows);
    }

    static string Snippet(string text) => text.Length <= 300 ? text : text[..300] + "…";

    static Uri Base(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}

/// An open explicit transaction of the Query API. The server's cluster-affinity header is sent back on every request.
public sealed class Neo4jTransaction
{
    readonly Neo4jQueryApi _api;
    readonly Uri _uri;
    string? _affinity;
    bool _open = true;

    internal Neo4jTransaction(Neo4jQueryApi api, Uri uri, string? affinity) => (_api, _uri, _affinity) = (api, uri, affinity);

    public async Task<QueryResult> RunAsync(Statement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct = default)
    {
        var (result, _, affinity) = await _api.SendRawAsync(HttpMethod.Post, _uri, statement, parameters, _affinity, ct);
        _affinity = affinity;
        return result;
    }

    internal async Task CommitAsync(CancellationToken ct)
    {
        _open = false;
        await _api.SendAsync(HttpMethod.Post, new Uri(_uri + "/commit"), null, null, _affinity, ct);
    }

    /// Best effort: the server closes a transaction in which a statement failed, and rolls back idle ones itself.
    internal async Task RollbackAsync()
    {
        if (!_open) return;
        _open = false;
        try
        {
            await _api.SendAsync(HttpMethod.Delete, _uri, null, null, _affinity, CancellationToken.None);
        }
        catch (Neo4jException)
        {
        }
    }
}
