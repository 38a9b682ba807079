using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Storage.Neo4j;

namespace GovGraph.IntegrationTests.Neo4j;

/// One request as the stand-in received it; <see cref="Statement"/> is the cypher/ file its text is (null for
/// commit and rollback, which carry no statement).
public sealed record StandInRequest(string Method, string Path, string? Authorization, string? Affinity, string? Statement,
    string? StatementText, JsonObject? Parameters);

/// What the stand-in answers: an HTTP status and a JSON body (or, to play something that is not Neo4j, raw text).
public sealed record StandInReply(int Status, JsonNode Body, string? RawText = null)
{
    public static StandInReply Text(int status, string text) => new(status, new JsonObject(), text);

    public static StandInReply Rows(string[] fields, params object?[][] rows) =>
        new(202, new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode?)JsonValue.Create(f))]),
                ["values"] = new JsonArray([.. rows.Select(r => (JsonNode?)new JsonArray([.. r.Select(ToJson)]))]),
            },
            ["bookmarks"] = new JsonArray("FB:standin"),
        });

    public static StandInReply Empty => Rows([]);

    public static StandInReply Error(string code, string message, int status = 202) =>
        new(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) });

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value),
    };
}

/// A local HTTP server standing in for Neo4j's Query API on 127.0.0.1: it records every request and answers with what
/// the test's responder returns. Transactions are played the way the server does: POST …/tx opens one (id tx1, tx2 …,
/// with a cluster-affinity header), POST …/tx/{id} runs a statement in it, …/commit commits, DELETE rolls back.
/// It refuses any statement whose text is not a cypher/ file, so nothing the adapter sends can have values spliced in.
public sealed class Neo4jStandIn : IDisposable
{
    public const string Affinity = "c3RhbmQtaW4=";

    readonly HttpListener _listener = new();
    readonly Task _loop;
    readonly Dictionary<string, string> _statementNames;
    int _transactions;

    public Neo4jStandIn(Func<StandInRequest, StandInReply>? responder = null)
    {
        Responder = responder ?? (_ => StandInReply.Empty);
        _statementNames = Cypher.All.GroupBy(s => s.Text).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        Port = FreePort();
        Url = new Uri($"http://127.0.0.1:{Port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri Url { get; }

    public Func<StandInRequest, StandInReply> Responder { get; set; }

    public List<StandInRequest> Requests { get; } = [];

    /// The statements received, in order, by cypher/ file name (schema statements as schema#N).
    public List<string> Statements
    {
        get { lock (Requests) return [.. Requests.Where(r => r.Statement is not null).Select(r => r.Statement!)]; }
    }

    public Neo4jOptions Options(string database = "neo4j") =>
        new(Url, "neo4j", "stand-in-password", database) { RetryDelay = TimeSpan.FromMilliseconds(5), BatchSize = 2 };

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            await HandleAsync(context);
        }
    }

    async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8)) body = await reader.ReadToEndAsync();
        StandInReply reply;
        try
        {
            var json = body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject();
            var text = json?["statement"]?.GetValue<string>();
            string? name = null;
            if (text is not null && !_statementNames.TryGetValue(text, out name))
                throw new InvalidOperationException("a statement that is no cypher/ file: " + text);
            var received = new StandInRequest(request.HttpMethod, request.Url!.AbsolutePath, request.Headers["Authorization"],
                request.Headers["neo4j-cluster-affinity"], name, text, json?["parameters"]?.AsObject());
            lock (Requests) Requests.Add(received);
            reply = Route(received);
        }
        catch (Exception e)
        {
            reply = new StandInReply(500, new JsonObject { ["standInFailure"] = e.Message });
        }
        var bytes = Encoding.UTF8.GetBytes(reply.RawText ?? reply.Body.ToJsonString());
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.RawText is null ? "application/json" : "text/html";
        context.Response.Headers["neo4j-cluster-affinity"] = Affinity;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    StandInReply Route(StandInRequest request)
    {
        var opens = request.Method == "POST" && request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal);
        var ends = request.Path.EndsWith("/commit", StringComparison.Ordinal) || request.Method == "DELETE";
        var reply = ends && request.Statement is null ? new StandInReply(202, new JsonObject()) : Responder(request);
        if (opens && reply.Body is JsonObject answer && answer["errors"] is null)
        {
            var id = "tx" + Interlocked.Increment(ref _transactions);
            answer["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2030-01-01T00:00:00Z" };
        }
        return reply;
    }

    static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_listener.IsListening) return;
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
