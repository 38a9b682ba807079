using System.Text;
using System.Text.Json;

namespace GovGraph.Storage.Neo4j;

/// What one file asserts about one node or edge: its properties and its mentions.
public sealed record Fact(IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<Source> Mentions);

/// The factsJson property kept on every node and edge: file → that file's fact. Withdrawing a file removes its entry,
/// and what readers see is merged from the entries left with <see cref="NodeMerge"/>, the rule the SQLite store uses.
public static class FactsJson
{
    public static SortedDictionary<string, Fact> Parse(string? json)
    {
        var facts = new SortedDictionary<string, Fact>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json)) return facts;
        using var doc = JsonDocument.Parse(json);
        foreach (var entry in doc.RootElement.EnumerateObject())
            facts[entry.Name] = new Fact(
                PropertyJson.Deserialize(entry.Value.GetProperty("properties").GetRawText()),
                PropertyJson.DeserializeSources(entry.Value.GetProperty("mentions").GetRawText()));
        return facts;
    }

    public static string Serialize(SortedDictionary<string, Fact> facts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PropertyJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (file, fact) in facts)
            {
                writer.WritePropertyName(file);
                writer.WriteStartObject();
                writer.WritePropertyName("mentions");
                PropertyJson.WriteValue(writer, fact.Mentions);
                writer.WritePropertyName("properties");
                PropertyJson.Write(writer, fact.Properties);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// A fact as it reads back from JSON (null values left out, as the SQLite store keeps them), so a value merged now
    /// equals the same value merged after a later load.
    public static Fact RoundTrip(IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Source> mentions) =>
        new(PropertyJson.Deserialize(PropertyJson.Serialize(
            properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))), mentions);

    public static GraphNode MergeNode(string id, string label, SortedDictionary<string, Fact> facts) =>
        NodeMerge.Merge([.. facts.Values.Select(f => new GraphNode(id, label, f.Properties, f.Mentions))]);

    public static GraphEdge MergeEdge(string id, string type, string from, string to, SortedDictionary<string, Fact> facts) =>
        NodeMerge.Merge([.. facts.Values.Select(f => new GraphEdge(id, type, from, to, f.Properties, f.Mentions))]);
}
