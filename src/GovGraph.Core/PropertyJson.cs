using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GovGraph;

/// One JSON form for property bags and provenance, shared by the stores and the export: keys sorted, Chinese unescaped.
public static class PropertyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Serialize(IReadOnlyDictionary<string, object?> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
            Write(writer, properties);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: writer.WriteNumberValue(d); break;
            case Source src: WriteSource(writer, src); break;
            case IEnumerable<Source> sources:
                writer.WriteStartArray();
                foreach (var src in sources) WriteSource(writer, src);
                writer.WriteEndArray();
                break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list) writer.WriteStringValue(item);
                writer.WriteEndArray();
                break;
            default: throw new ArgumentException($"Unsupported property value type {value.GetType().Name}.", nameof(value));
        }
    }

    public static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("file", source.File);
        writer.WriteNumber("line", source.Line);
        writer.WriteNumber("offset", source.Offset);
        writer.WriteString("quote", source.Quote);
        writer.WriteEndObject();
    }

    public static IReadOnlyDictionary<string, object?> Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject()) result[p.Name] = ToValue(p.Value);
        return result;
    }

    public static string SerializeSources(IReadOnlyList<Source> sources)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
            WriteValue(writer, sources);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyList<Source> DeserializeSources(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => new Source(
            e.GetProperty("file").GetString()!, e.GetProperty("line").GetInt32(),
            e.GetProperty("offset").GetInt32(), e.GetProperty("quote").GetString()!))];
    }

    static object? ToValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(x => x.ToString()).ToArray(),
        JsonValueKind.Null => null,
        _ => e.GetRawText(),
    };
}
