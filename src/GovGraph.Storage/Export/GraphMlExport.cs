using System.Globalization;
using System.Text;
using System.Xml;

namespace GovGraph.Storage.Export;

/// `govgraph export --format graphml`: plain GraphML that Gephi and yEd open. Every property has a key declaration
/// with its type; `label` holds the text to show (a node's name, an edge's type), which Gephi uses as the label, and a
/// yFiles NodeLabel carries the same text for yEd, which reads only its own extension for labels (Gephi ignores it).
/// Provenance is flattened to sourceFile/sourceLine/sourceOffset/sourceQuote plus `mentions` as JSON.
public static class GraphMlExport
{
    const string GraphMlNs = "http://graphml.graphdrawing.org/xmlns";
    const string YNs = "http://www.yworks.com/xml/graphml";

    public static async Task WriteAsync(IGraphStore store, Stream output, CancellationToken ct = default)
    {
        // GraphML declares every key before the graph, so a first pass learns the properties and their types.
        var nodeSchema = new PropertySchema();
        var edgeSchema = new PropertySchema();
        await foreach (var node in store.AllNodesAsync(ct)) nodeSchema.Add(Flatten(node.Properties, node.Mentions, ("labels", node.Label), ("label", node.Name)));
        await foreach (var edge in store.AllEdgesAsync(ct)) edgeSchema.Add(Flatten(edge.Properties, edge.Mentions, ("label", edge.Type)));
        var nodeKeys = Keys(nodeSchema, "n");
        var edgeKeys = Keys(edgeSchema, "e");

        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", GraphMlNs);
        await xml.WriteAttributeStringAsync("xmlns", "y", null, YNs);
        foreach (var (forWhat, keys) in new[] { ("node", nodeKeys), ("edge", edgeKeys) })
            foreach (var (name, (id, kind)) in keys)
            {
                await xml.WriteStartElementAsync(null, "key", GraphMlNs);
                await xml.WriteAttributeStringAsync(null, "id", null, id);
                await xml.WriteAttributeStringAsync(null, "for", null, forWhat);
                await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
                await xml.WriteAttributeStringAsync(null, "attr.type", null, TypeName(kind));
                await xml.WriteEndElementAsync();
            }
        await xml.WriteStartElementAsync(null, "key", GraphMlNs);
        await xml.WriteAttributeStringAsync(null, "id", null, "ng");
        await xml.WriteAttributeStringAsync(null, "for", null, "node");
        await xml.WriteAttributeStringAsync(null, "yfiles.type", null, "nodegraphics");
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", GraphMlNs);
        await xml.WriteAttributeStringAsync(null, "id", null, "govgraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await foreach (var node in store.AllNodesAsync(ct))
        {
            await xml.WriteStartElementAsync(null, "node", GraphMlNs);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await WriteDataAsync(xml, nodeKeys, Flatten(node.Properties, node.Mentions, ("labels", node.Label), ("label", node.Name)));
            await xml.WriteStartElementAsync(null, "data", GraphMlNs);
            await xml.WriteAttributeStringAsync(null, "key", null, "ng");
            await xml.WriteStartElementAsync("y", "ShapeNode", YNs);
            await xml.WriteStartElementAsync("y", "NodeLabel", YNs);
            await xml.WriteStringAsync(node.Name);
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }
        await foreach (var edge in store.AllEdgesAsync(ct))
        {
            await xml.WriteStartElementAsync(null, "edge", GraphMlNs);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.From);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.To);
            await WriteDataAsync(xml, edgeKeys, Flatten(edge.Properties, edge.Mentions, ("label", edge.Type)));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        await output.WriteAsync("\n"u8.ToArray(), ct);
    }

    static async Task WriteDataAsync(XmlWriter xml, SortedDictionary<string, (string Id, ValueKind Kind)> keys, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (name, (id, kind)) in keys)
        {
            if (!values.TryGetValue(name, out var value) || value is null) continue;
            await xml.WriteStartElementAsync(null, "data", GraphMlNs);
            await xml.WriteAttributeStringAsync(null, "key", null, id);
            await xml.WriteStringAsync(PropertySchema.Text(value, kind));
            await xml.WriteEndElementAsync();
        }
    }

    static SortedDictionary<string, (string Id, ValueKind Kind)> Keys(PropertySchema schema, string prefix)
    {
        var keys = new SortedDictionary<string, (string, ValueKind)>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (name, kind) in schema.Columns) keys[name] = (prefix + (i++).ToString(CultureInfo.InvariantCulture), kind);
        return keys;
    }

    static string TypeName(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "boolean",
        ValueKind.Long => "long",
        ValueKind.Double => "double",
        _ => "string",
    };

    internal static SortedDictionary<string, object?> Flatten(IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Source> mentions,
        params (string Key, object? Value)[] extra)
    {
        var all = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in properties)
            if (v is not null) all[k] = v;
        if (mentions.Count > 0)
        {
            all["sourceFile"] = mentions[0].File;
            all["sourceLine"] = (long)mentions[0].Line;
            all["sourceOffset"] = (long)mentions[0].Offset;
            all["sourceQuote"] = mentions[0].Quote;
            all["mentions"] = PropertyJson.SerializeSources(mentions);
        }
        foreach (var (k, v) in extra) all[k] = v;
        return all;
    }
}
