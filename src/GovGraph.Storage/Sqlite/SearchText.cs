using System.Text;

namespace GovGraph.Storage.Sqlite;

/// What the two full-text indexes hold and how a user's query becomes an FTS5 MATCH expression.
/// Trigram finds nothing for queries under three characters, and many Chinese words have two (防汛, 地质) or one (灾);
/// so a second index holds every character and every pair of adjacent characters as tokens. We chose this over a
/// LIKE scan because it stays an index lookup on large stores and still ranks with bm25.
static class SearchText
{
    public const int TrigramMinimum = 3;

    public static (string Name, string Aliases, string Body) Columns(GraphNode node)
    {
        var aliases = new List<string>();
        if (node.Properties.TryGetValue(Props.Aliases, out var a) && a is IEnumerable<string> list) aliases.AddRange(list);
        if (node.Str(Props.DocNumber) is { } number) aliases.Add(number);
        var body = new StringBuilder();
        if (node.Str(Props.Title) is { } title && title != node.Name) body.Append(title).Append('\n');
        if (node.Str(Props.Text) is { } text) body.Append(text);
        return (node.Name, string.Join('\n', aliases), body.ToString());
    }

    /// Tokens for the bigram index, space-separated: for each run of letters and digits, its adjacent pairs in order
    /// (so a longer word is a phrase of consecutive pairs), then its single characters.
    public static string Grams(string text)
    {
        var sb = new StringBuilder(text.Length * 4);
        foreach (var run in Runs(text))
        {
            for (var i = 0; i + 1 < run.Count; i++) sb.Append(run[i]).Append(run[i + 1]).Append(' ');
            foreach (var r in run) sb.Append(r).Append(' ');
        }
        return sb.ToString();
    }

    public static string[] Terms(string query) =>
        query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool FitsTrigram(string[] terms) => terms.All(t => CountRunes(t) >= TrigramMinimum);

    /// Every term as a quoted phrase (a substring for trigram); terms are ANDed.
    public static string TrigramMatch(string[] terms) => string.Join(' ', terms.Select(Quote));

    /// Every run of letters or digits as a phrase of its pairs (or its one character); null when nothing is searchable.
    public static string? BigramMatch(string[] terms)
    {
        var phrases = new List<string>();
        foreach (var term in terms)
            foreach (var run in Runs(term))
                phrases.Add(Quote(run.Count == 1 ? run[0] : string.Join(' ', Enumerable.Range(0, run.Count - 1).Select(i => run[i] + run[i + 1]))));
        return phrases.Count == 0 ? null : string.Join(' ', phrases);
    }

    static string Quote(string phrase) => "\"" + phrase.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    static int CountRunes(string s) => s.EnumerateRunes().Count();

    static IEnumerable<List<string>> Runs(string text)
    {
        var run = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) run.Add(Rune.ToLowerInvariant(rune).ToString());
            else if (run.Count > 0) { yield return run; run = []; }
        }
        if (run.Count > 0) yield return run;
    }

    public static double Relevance(double bm25, bool exact)
    {
        // bm25() is negative, lower is better; map it to [0,1) and put exact name matches in [1,2).
        var r = -bm25 / (1 - bm25);
        if (double.IsNaN(r) || r < 0) r = 0;
        return exact ? 1 + r : r;
    }
}
