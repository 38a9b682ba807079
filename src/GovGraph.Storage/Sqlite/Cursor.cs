using System.Text.Json;

namespace GovGraph.Storage.Sqlite;

/// Opaque page cursors: base64url of a small JSON array [list kind, sort key, id]. They name a position in the order,
/// not an offset, so they stay valid while other rows come and go.
static class Cursor
{
    public static string Encode(string kind, string key, string id)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { kind, key, id });
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static (string Key, string Id) Decode(string cursor, string kind, string parameter)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var parts = JsonSerializer.Deserialize<string[]>(Convert.FromBase64String(b64));
            if (parts is [var k, var key, var id] && k == kind) return (key, id);
        }
        catch (FormatException) { }
        catch (JsonException) { }
        throw new ArgumentException($"Invalid cursor '{cursor}' for {parameter}: pass a cursor from a page of this same list and sort order.", parameter);
    }

    public static string Kind(NodeSort sort) => sort switch
    {
        NodeSort.Name => "name",
        NodeSort.Date => "date",
        NodeSort.Id => "id",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };
}
