using System.Globalization;
using System.Text.Json;

namespace GovGraph.Storage.Export;

/// The property columns of a set of nodes or edges and the narrowest type that holds every value seen,
/// for the formats that declare their columns up front (GraphML keys, neo4j-admin CSV headers).
sealed class PropertySchema
{
    readonly SortedDictionary<string, ValueKind> _columns = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, ValueKind>> Columns => _columns;

    public void Add(IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            var kind = KindOf(value);
            _columns[key] = _columns.TryGetValue(key, out var seen) ? Widen(seen, kind) : kind;
        }
    }

    static ValueKind KindOf(object value) => value switch
    {
        bool => ValueKind.Boolean,
        long or int => ValueKind.Long,
        double => ValueKind.Double,
        string => ValueKind.String,
        IEnumerable<string> => ValueKind.StringList,
        _ => ValueKind.String,
    };

    static ValueKind Widen(ValueKind a, ValueKind b) =>
        a == b ? a
        : (a, b) is (ValueKind.Long, ValueKind.Double) or (ValueKind.Double, ValueKind.Long) ? ValueKind.Double
        : ValueKind.String;

    /// A value as text for a column of the given kind: numbers invariant, lists as a JSON array unless a delimiter is given.
    public static string Text(object value, ValueKind column, char? listDelimiter = null) => value switch
    {
        bool b => b ? "true" : "false",
        long l => column == ValueKind.Double ? ((double)l).ToString("R", CultureInfo.InvariantCulture) : l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => s,
        IEnumerable<string> list when column == ValueKind.StringList && listDelimiter is { } sep => string.Join(sep, list),
        IEnumerable<string> list => JsonSerializer.Serialize(list, PropertyJson.Options),
        _ => value.ToString() ?? "",
    };
}

enum ValueKind { String, Long, Double, Boolean, StringList }
