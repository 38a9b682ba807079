using System.Text.Json.Nodes;
using GovGraph.Storage.Neo4j;

namespace GovGraph.IntegrationTests.Neo4j;

/// Answers in the shape each cypher/ statement returns, for stand-in tests that drive every store operation.
/// The values are made up; what the tests check is what the adapter sent and that it reads these shapes.
public static class CannedGraph
{
    public static readonly string[] NodeFields = ["id", "label", "properties", "mentions"];
    public static readonly string[] EdgeFields = ["id", "type", "from", "to", "properties", "mentions"];

    public static string PropsJson(string name) => PropertyJson.Serialize(new Dictionary<string, object?>
    {
        [Props.Name] = name, [Props.Aliases] = new[] { name + "别名" }, [Props.Date] = "2023-04-03",
    });

    public static string MentionsJson(string file = "f.txt") => PropertyJson.SerializeSources([Source.Of(file, 3, 120, "原文")]);

    public static object?[] Node(string id, string label = Labels.Law) => [id, label, PropsJson("名称" + id), MentionsJson()];

    public static JsonObject NodeMap(string id, string sortKey = "") => new()
    {
        ["id"] = id, ["label"] = Labels.Law, ["properties"] = PropsJson("名称" + id), ["mentions"] = MentionsJson(), ["sortKey"] = sortKey,
    };

    public static object?[] Edge(string id, string from, string to, string type = EdgeTypes.Cites) =>
        [id, type, from, to, PropertyJson.Serialize(new Dictionary<string, object?> { [Props.Role] = "牵头单位" }), MentionsJson()];

    public static JsonObject EdgeMap(string id, string from, string to) => new()
    {
        ["id"] = id, ["type"] = EdgeTypes.Cites, ["from"] = from, ["to"] = to, ["properties"] = "{}", ["mentions"] = MentionsJson(),
    };

    public static string FactsJson(params string[] files) => "{" + string.Join(",", files.Select(f =>
        $"\"{f}\":{{\"mentions\":{MentionsJson(f)},\"properties\":{{\"name\":\"旧名\"}}}}")) + "}";

    /// How many rows a batch statement was given: what its RETURN count(…) AS written reports.
    public static StandInReply Written(StandInRequest r) => StandInReply.Rows(["written"], [r.Parameters!["rows"]!.AsArray().Count]);

    public static StandInReply Page(JsonArray items, long total) =>
        StandInReply.Rows(["total", "before", "remaining", "items"], [total, 0L, (long)items.Count, items]);

    /// A plausible answer to every read; writes answer what a new file finds (nothing stored yet).
    public static StandInReply Answer(StandInRequest r) => r.Statement switch
    {
        "write/update-edges" => Written(r),
        { } s when s.StartsWith("write/upsert-edges-", StringComparison.Ordinal) => Written(r),
        "read/list-files" => StandInReply.Rows(["file", "contentHash", "nodes", "edges"], ["f.txt", "h1", 2L, 1L]),
        "read/get-nodes" => StandInReply.Rows(NodeFields, [.. r.Parameters!["ids"]!.AsArray().Select(i => Node(i!.GetValue<string>()))]),
        "read/find-by-key" => StandInReply.Rows(NodeFields, Node("law_1")),
        "read/list-nodes-ascending" or "read/list-nodes-descending" => Page([NodeMap("law_1", "名称law_1")], 1),
        "read/edges-of" or "read/induced-edges" => StandInReply.Rows(EdgeFields, Edge("e_1", "law_1", "law_2")),
        "read/edge-page" => Page([EdgeMap("e_1", "law_1", "law_2")], 1),
        "read/adjacent-edges" => StandInReply.Rows(["id", "from", "to"], ["e_1", "law_1", "law_2"]),
        "read/citation-trail-up-step" or "read/citation-trail-down-step" => StandInReply.Rows(["id"], ["law_2"]),
        "read/shortest-path" => StandInReply.Rows(["nodes", "edges"],
            [new JsonArray(NodeMap("law_1"), NodeMap("law_2")), new JsonArray(EdgeMap("e_1", "law_1", "law_2"))]),
        "read/search-fulltext" or "read/search-contains" =>
            StandInReply.Rows([.. NodeFields, "score", "exact"], [.. Node("law_1"), 2.5, true], [.. Node("law_2"), 1.0, false]),
        "read/leaderboard" => StandInReply.Rows([.. NodeFields, "tasks"], [.. Node("agency_1", Labels.Agency), 3L]),
        "read/stats" => StandInReply.Rows(["nodes", "edges", "files"], [
            new JsonArray(new JsonObject { ["key"] = Labels.Law, ["count"] = 2 }),
            new JsonArray(new JsonObject { ["key"] = EdgeTypes.Cites, ["count"] = 1 }), 1L]),
        "read/all-nodes-page" => StandInReply.Rows(NodeFields, Node("law_1"), Node("law_2")),
        "read/all-edges-page" => StandInReply.Rows(EdgeFields, Edge("e_1", "law_1", "law_2")),
        _ => StandInReply.Empty,
    };
}
