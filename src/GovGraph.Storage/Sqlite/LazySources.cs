using System.Collections;

namespace GovGraph.Storage.Sqlite;

/// A node's or edge's mentions as stored (a JSON array), parsed on first use. Reads hand these out so a query that
/// never looks at sources does not pay for a hub's thousands of them; the list behaves as the parsed one in every way.
sealed class LazySources : IReadOnlyList<Source>
{
    readonly Lazy<IReadOnlyList<Source>> _parsed;

    LazySources(string json) =>
        // Publication-only: parallel resolvers may race to parse; each gets an equal list and one is kept.
        _parsed = new(() => PropertyJson.DeserializeSources(json), LazyThreadSafetyMode.PublicationOnly);

    public static IReadOnlyList<Source> Of(string json) => json == "[]" ? [] : new LazySources(json);

    /// Whether the JSON has been parsed yet (what the tests check).
    internal bool IsParsed => _parsed.IsValueCreated;

    public Source this[int index] => _parsed.Value[index];

    public int Count => _parsed.Value.Count;

    public IEnumerator<Source> GetEnumerator() => _parsed.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
