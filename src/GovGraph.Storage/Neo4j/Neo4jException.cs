namespace GovGraph.Storage.Neo4j;

/// An error Neo4j reported, with its status code (e.g. Neo.ClientError.Statement.SyntaxError) and message.
public sealed class Neo4jException : Exception
{
    public Neo4jException(string code, string message, string? statement = null, Exception? inner = null)
        : base(Describe(code, message, statement), inner)
    {
        Code = code;
        ServerMessage = message;
        Statement = statement;
    }

    public Neo4jException() : this("GovGraph.Neo4j.Unknown", "unknown error") { }

    public Neo4jException(string message) : this("GovGraph.Neo4j.Unknown", message) { }

    public Neo4jException(string message, Exception inner) : this("GovGraph.Neo4j.Unknown", message, null, inner) { }

    public string Code { get; }

    public string ServerMessage { get; }

    /// The name of the cypher/ statement that failed, when one did.
    public string? Statement { get; }

    /// Transient errors (deadlocks, leader switches, unavailable database) succeed when tried again; a terminated
    /// transaction or a stopped lock client was stopped on purpose and does not (the official drivers' rule).
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && Code is not "Neo.TransientError.Transaction.Terminated" and not "Neo.TransientError.Transaction.LockClientStopped";

    static string Describe(string code, string message, string? statement) =>
        statement is null ? $"Neo4j: {code}: {message}" : $"Neo4j: {code} in statement {statement}: {message}";
}
