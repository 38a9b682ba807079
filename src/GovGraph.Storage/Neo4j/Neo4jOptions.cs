using Microsoft.Extensions.Configuration;

namespace GovGraph.Storage.Neo4j;

/// Where the Neo4j server is and how to log in: GOVGRAPH_NEO4J_URL (e.g. http://localhost:7474, the HTTP port),
/// GOVGRAPH_NEO4J_USER, GOVGRAPH_NEO4J_PASSWORD and GOVGRAPH_NEO4J_DATABASE (default neo4j).
public sealed record Neo4jOptions(Uri Url, string User, string Password, string Database = "neo4j")
{
    public const string UrlVariable = "GOVGRAPH_NEO4J_URL";
    public const string UserVariable = "GOVGRAPH_NEO4J_USER";
    public const string PasswordVariable = "GOVGRAPH_NEO4J_PASSWORD";
    public const string DatabaseVariable = "GOVGRAPH_NEO4J_DATABASE";

    /// How often a request that failed with a transient error (Neo.TransientError.*) is tried again.
    public int MaxRetries { get; init; } = 4;

    /// The wait before the first retry; it doubles with each further one.
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// Rows per UNWIND batch when a file's graph is written.
    public int BatchSize { get; init; } = 500;

    public static Neo4jOptions FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// Environment variables are configuration keys too, so the host's IConfiguration binds the same names.
    public static Neo4jOptions FromConfiguration(IConfiguration configuration) => From(key => configuration[key]);

    public static Neo4jOptions From(Func<string, string?> setting)
    {
        var url = setting(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
            throw new InvalidOperationException(
                $"The Neo4j store needs {UrlVariable} (e.g. http://localhost:7474), {UserVariable} and {PasswordVariable}.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException(
                $"{UrlVariable} must be the http(s) URL of Neo4j's HTTP port, e.g. http://localhost:7474, not '{url}'.");
        var user = setting(UserVariable);
        if (string.IsNullOrWhiteSpace(user)) user = "neo4j";
        var password = setting(PasswordVariable);
        if (string.IsNullOrEmpty(password))
            throw new InvalidOperationException($"The Neo4j store needs {PasswordVariable} (the password of {user}).");
        var database = setting(DatabaseVariable);
        return new Neo4jOptions(uri, user, password, string.IsNullOrWhiteSpace(database) ? "neo4j" : database);
    }

    /// The password stays out of logs and exception messages.
    public override string ToString() => $"Neo4jOptions {{ Url = {Url}, User = {User}, Database = {Database} }}";
}
