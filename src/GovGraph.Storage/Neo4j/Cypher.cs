using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace GovGraph.Storage.Neo4j;

/// One Cypher statement from cypher/, by its file name (e.g. read/get-nodes), with the parameters its text uses.
public sealed record Statement(string Name, string Text, IReadOnlySet<string> Parameters)
{
    public override string ToString() => Name;
}

/// Every statement the Neo4j store can send, loaded from the cypher/ files embedded in this assembly.
/// A statement is named once here and nowhere else, so the files in cypher/ are exactly what the adapter can send.
public static partial class Cypher
{
    const string Prefix = "cypher/";
    const string Suffix = ".cypher";

    /// Every embedded file by name: schema, await-indexes, read/…, write/….
    public static readonly FrozenDictionary<string, string> Files = LoadFiles();

    /// schema.cypher split into its statements (constraints and indexes run one by one, each idempotent).
    public static readonly IReadOnlyList<Statement> Schema = SplitSchema();

    public static readonly Statement AwaitIndexes = Load("await-indexes");

    public static readonly Statement LockWrites = Load("write/lock-writes");
    public static readonly Statement GetFile = Load("write/get-file");
    public static readonly Statement PutFile = Load("write/put-file");
    public static readonly Statement DeleteFile = Load("write/delete-file");
    public static readonly Statement NodeFacts = Load("write/node-facts");
    public static readonly Statement EdgeFacts = Load("write/edge-facts");
    public static readonly Statement DeleteEdges = Load("write/delete-edges");
    public static readonly Statement WithdrawNodes = Load("write/withdraw-nodes");
    public static readonly Statement PruneWithdrawn = Load("write/prune-withdrawn");
    public static readonly Statement UpdateEdges = Load("write/update-edges");

    /// MERGE needs a static label and relationship type, so there is one upsert per label and per type.
    public static readonly FrozenDictionary<string, Statement> UpsertNodes =
        Labels.All.ToFrozenDictionary(l => l, l => Load("write/upsert-nodes-" + FileWord(l)), StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Statement> UpsertEdges =
        EdgeTypes.All.ToFrozenDictionary(t => t, t => Load("write/upsert-edges-" + FileWord(t)), StringComparer.Ordinal);

    public static readonly Statement ListFiles = Load("read/list-files");
    public static readonly Statement GetNodes = Load("read/get-nodes");
    public static readonly Statement FindByKey = Load("read/find-by-key");
    public static readonly Statement ListNodesAscending = Load("read/list-nodes-ascending");
    public static readonly Statement ListNodesDescending = Load("read/list-nodes-descending");
    public static readonly Statement EdgesOf = Load("read/edges-of");
    public static readonly Statement EdgePage = Load("read/edge-page");
    public static readonly Statement AdjacentEdges = Load("read/adjacent-edges");
    public static readonly Statement InducedEdges = Load("read/induced-edges");
    public static readonly Statement CitationTrailUpStep = Load("read/citation-trail-up-step");
    public static readonly Statement CitationTrailDownStep = Load("read/citation-trail-down-step");
    public static readonly Statement ShortestPath = Load("read/shortest-path");
    public static readonly Statement SearchFulltext = Load("read/search-fulltext");
    public static readonly Statement SearchContains = Load("read/search-contains");
    public static readonly Statement Leaderboard = Load("read/leaderboard");
    public static readonly Statement Stats = Load("read/stats");
    public static readonly Statement AllNodesPage = Load("read/all-nodes-page");
    public static readonly Statement AllEdgesPage = Load("read/all-edges-page");

    /// Every statement above, for the tests that check each file is used and each is sent.
    public static IEnumerable<Statement> All =>
        Schema.Concat([AwaitIndexes, LockWrites, GetFile, PutFile, DeleteFile, NodeFacts, EdgeFacts, DeleteEdges, WithdrawNodes,
            PruneWithdrawn, UpdateEdges, ListFiles, GetNodes, FindByKey, ListNodesAscending, ListNodesDescending, EdgesOf, EdgePage,
            AdjacentEdges, InducedEdges, CitationTrailUpStep, CitationTrailDownStep, ShortestPath, SearchFulltext,
            SearchContains, Leaderboard, Stats, AllNodesPage, AllEdgesPage])
            .Concat(UpsertNodes.Values).Concat(UpsertEdges.Values);

    /// Agency → agency, ISSUED_BY → issued-by: the file-name form of a label or relationship type.
    public static string FileWord(string labelOrType) => labelOrType.ToLowerInvariant().Replace('_', '-');

    /// The parameters a statement's text uses ($name), comments left out.
    public static IReadOnlySet<string> ParametersOf(string text) =>
        ParameterPattern().Matches(CommentPattern().Replace(text, "")).Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    static Statement Load(string name)
    {
        if (!Files.TryGetValue(name, out var text))
            throw new InvalidOperationException($"cypher/{name}{Suffix} is not embedded in {typeof(Cypher).Assembly.GetName().Name}.");
        if (StatementEnd().IsMatch(text))
            throw new InvalidOperationException($"cypher/{name}{Suffix} must hold exactly one statement, without a ';'.");
        return new Statement(name, text.Trim(), ParametersOf(text));
    }

    static FrozenDictionary<string, string> LoadFiles()
    {
        var assembly = typeof(Cypher).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Suffix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            // RecursiveDir is written with the build machine's separator.
            files[resource[Prefix.Length..^Suffix.Length].Replace('\\', '/')] = reader.ReadToEnd().ReplaceLineEndings("\n");
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    static List<Statement> SplitSchema()
    {
        if (!Files.TryGetValue("schema", out var text))
            throw new InvalidOperationException("cypher/schema.cypher is not embedded.");
        var parts = StatementEnd().Split(CommentPattern().Replace(text, ""))
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return [.. parts.Select((p, i) => new Statement($"schema#{i + 1}", p, ParametersOf(p)))];
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@";\s*$", RegexOptions.Multiline)]
    private static partial Regex StatementEnd();
}
