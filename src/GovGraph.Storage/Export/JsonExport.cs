using System.Text.Json;

namespace GovGraph.Storage.Export;

/// `govgraph export --format json`: the format of docs/DATA-MODEL.md. Nodes then edges, each ordered by id; within
/// `properties` keys are sorted, `source` is the first mention and `mentions` all of them. Chinese is written as is.
/// The same store always gives the same bytes. Tools outside the project read this: add fields, never rename.
public static class JsonExport
{
    const int FlushAt = 64 * 1024;

    public static async Task WriteAsync(IGraphStore store, Stream output, CancellationToken ct = default)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = PropertyJson.Options.Encoder, Indented = false });
        writer.WriteStartObject();
        writer.WritePropertyName("nodes");
        writer.WriteStartArray();
        await foreach (var node in store.AllNodesAsync(ct))
        {
            writer.WriteStartObject();
            writer.WriteString("id", node.Id);
            writer.WriteString("label", node.Label);
            writer.WritePropertyName("properties");
            PropertyJson.Write(writer, WithProvenance(node.Properties, node.Mentions));
            writer.WriteEndObject();
            if (writer.BytesPending > FlushAt) await writer.FlushAsync(ct);
        }
        writer.WriteEndArray();
        writer.WritePropertyName("edges");
        writer.WriteStartArray();
        await foreach (var edge in store.AllEdgesAsync(ct))
        {
            writer.WriteStartObject();
            writer.WriteString("id", edge.Id);
            writer.WriteString("type", edge.Type);
            writer.WriteString("from", edge.From);
            writer.WriteString("to", edge.To);
            writer.WritePropertyName("properties");
            PropertyJson.Write(writer, WithProvenance(edge.Properties, edge.Mentions));
            writer.WriteEndObject();
            if (writer.BytesPending > FlushAt) await writer.FlushAsync(ct);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
        await output.WriteAsync("\n"u8.ToArray(), ct);
        await output.FlushAsync(ct);
    }

    /// Provenance goes beside the properties under the names the data model gives it; a property of the same name
    /// would be ambiguous, so provenance wins.
    internal static SortedDictionary<string, object?> WithProvenance(IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Source> mentions)
    {
        var all = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in properties)
            if (v is not null) all[k] = v;
        all.Remove("source");
        if (mentions.Count > 0) all["source"] = mentions[0];
        all["mentions"] = mentions;
        return all;
    }
}
