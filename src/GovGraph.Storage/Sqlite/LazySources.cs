using System.Collections;

namespace GovGraph.Storage.Sqlite;

/// A node's or edge's mentions as stored (a JSON array, or the facts of a node several files assert), read on first
/// use. Reads hand these out so a query that never looks at sources does not pay for a hub's thousands of them; the
/// list behaves as the parsed one in every way.
sealed class LazySources : IReadOnlyList<Source>
{
    readonly Lazy<IReadOnlyList<Source>> _parsed;

    LazySources(Func<IReadOnlyList<Source>> read) =>
        // Publication-only: parallel resolvers may race to parse; each gets an equal list and one is kept.
        _parsed = new(read, LazyThreadSafetyMode.PublicationOnly);

    public static IReadOnlyList<Source> Of(string json) => json == "[]" ? [] : new LazySources(() => PropertyJson.DeserializeSources(json));

    /// Mentions that another statement reads, when first asked for.
    public static IReadOnlyList<Source> Of(Func<IReadOnlyList<Source>> read) => new LazySources(read);

    /// Whether the JSON has been parsed yet (what the tests check).
    internal bool IsParsed => _parsed.IsValueCreated;

    public Source this[int index] => _parsed.Value[index];

    public int Count => _parsed.Value.Count;

    public IEnumerator<Source> GetEnumerator() => _parsed.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// An edge's properties as stored (a JSON object), parsed on first use: a page of an agency's led tasks reads all of
/// its LEADS edges to put them in reading order, and only the page's edges are ever asked for their role.
sealed class LazyProperties : IReadOnlyDictionary<string, object?>
{
    readonly Lazy<IReadOnlyDictionary<string, object?>> _parsed;

    LazyProperties(string json) =>
        _parsed = new(() => PropertyJson.Deserialize(json), LazyThreadSafetyMode.PublicationOnly);

    public static IReadOnlyDictionary<string, object?> Of(string json) => new LazyProperties(json);

    /// Whether the JSON has been parsed yet (what the tests check).
    internal bool IsParsed => _parsed.IsValueCreated;

    public object? this[string key] => _parsed.Value[key];

    public IEnumerable<string> Keys => _parsed.Value.Keys;

    public IEnumerable<object?> Values => _parsed.Value.Values;

    public int Count => _parsed.Value.Count;

    public bool ContainsKey(string key) => _parsed.Value.ContainsKey(key);

    public bool TryGetValue(string key, out object? value) => _parsed.Value.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _parsed.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
