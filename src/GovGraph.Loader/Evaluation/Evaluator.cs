using System.Text.Json;
using GovGraph.Loader.Segment;

namespace GovGraph.Loader.Evaluation;

/// Precision, recall and F1 of one relation.
public sealed record Score(string Relation, string File, int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// Scores what the loader extracts from a file against hand-checked labels (docs: shared LABELS.md):
/// responsibilities by type, surface name and line (±2); citations, publishing and repeal by line (±2) and
/// 发文字号 or title; documents by 发文字号 (else title) and then each field; townships by name; targets by line and value.
public static class Evaluator
{
    public const int LineTolerance = 2;
    public static readonly string[] Relations = ["LEADS", "COOPERATES", "CITES", "PUBLISHES", "SUPERSEDES", "documents", "document fields", "townships", "targets"];

    public static List<Score> Evaluate(FileGraph graph, string labelsDir, string prefix)
    {
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var scores = new List<Score>();
        var file = graph.File;

        var gold = Read(labelsDir, prefix, "responsibilities").SelectMany(r =>
        {
            var leads = Strings(r, "leads");
            var responsibleType = leads.Count == 0 ? "LEADS" : "COOPERATES";
            var line = r.GetProperty("line").GetInt32();
            return leads.Select(s => ("LEADS", Unit(s), line))
                .Concat(Strings(r, "cooperates").Select(s => ("COOPERATES", Unit(s), line)))
                .Concat(Strings(r, "responsible").Select(s => (responsibleType, Unit(s), line)));
        }).ToList();
        var predicted = graph.Edges.Where(e => e.Type is EdgeTypes.Leads or EdgeTypes.Cooperates)
            .SelectMany(e => e.Mentions.Select(m => (e.Type, Unit(e.Str(Props.Surface) ?? ""), m.Line))).ToList();
        foreach (var type in new[] { "LEADS", "COOPERATES" })
            scores.Add(Match(type, file, predicted.Where(p => p.Item1 == type).ToList(), gold.Where(g => g.Item1 == type).ToList(),
                (p, g) => p.Item2 == g.Item2 && Math.Abs(p.Item3 - g.Item3) <= LineTolerance, (p, g) => Math.Abs(p.Item3 - g.Item3)));

        scores.Add(References("CITES", graph, nodes, EdgeTypes.Cites, Read(labelsDir, prefix, "citations"), "title", "docNumber"));
        scores.Add(References("PUBLISHES", graph, nodes, EdgeTypes.Publishes, Read(labelsDir, prefix, "publishes"), "title", "docNumber"));
        scores.Add(References("SUPERSEDES", graph, nodes, EdgeTypes.Supersedes, Read(labelsDir, prefix, "supersedes"), "oldTitle", "oldDocNumber"));
        scores.AddRange(Documents(graph, Read(labelsDir, prefix, "documents")));

        var townGold = Read(labelsDir, prefix, "townships").Select(r => r.GetProperty("name").GetString()!).Distinct().ToList();
        var townPred = graph.Nodes.Where(n => n.Label == Labels.Township).Select(n => n.Name).Distinct().ToList();
        scores.Add(Match("townships", file, townPred, townGold, (p, g) => p == g));

        var targetGold = Read(labelsDir, prefix, "targets").Select(r => (Line: r.GetProperty("line").GetInt32(), Value: r.GetProperty("value").ToString())).ToList();
        var targetPred = graph.Nodes.Where(n => n.Label == Labels.Target).Select(n => (Line: n.Source?.Line ?? 0, Value: n.Str(Props.Value) ?? "")).ToList();
        scores.Add(Match("targets", file, targetPred, targetGold, (p, g) => Math.Abs(p.Line - g.Line) <= LineTolerance && Number(p.Value) == Number(g.Value),
            (p, g) => Math.Abs(p.Line - g.Line)));
        return scores;
    }

    static Score References(string relation, FileGraph graph, Dictionary<string, GraphNode> nodes, string edgeType, List<JsonElement> labels, string titleField, string numberField)
    {
        var gold = labels.Select(r => (Line: r.GetProperty("line").GetInt32(), Title: Key(Str(r, titleField)), Number: Str(r, numberField))).ToList();
        var predicted = graph.Edges.Where(e => e.Type == edgeType && nodes.ContainsKey(e.To))
            .SelectMany(e => e.Mentions.Select(m => (m.Line, Title: Key(nodes[e.To].Str(Props.Title)), Number: nodes[e.To].Str(Props.DocNumber)))).ToList();
        return Match(relation, graph.File, predicted, gold, (p, g) => Math.Abs(p.Line - g.Line) <= LineTolerance &&
            (p.Number is not null && p.Number == g.Number || p.Title is not null && p.Title == g.Title), (p, g) => Math.Abs(p.Line - g.Line));
    }

    static IEnumerable<Score> Documents(FileGraph graph, List<JsonElement> labels)
    {
        var published = graph.Edges.Where(e => e.Type == EdgeTypes.Publishes).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        var predicted = graph.Nodes.Where(n => n.Label == Labels.Law && n.Properties.GetValueOrDefault(Props.Loaded) is true && !published.Contains(n.Id)).ToList();
        var found = 0;
        var fields = 0;
        var fieldsRight = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var number = Str(label, "docNumber");
            var title = Key(Str(label, "title"));
            var match = predicted.FirstOrDefault(n => !used.Contains(n.Id) && (number is not null ? n.Str(Props.DocNumber) == number : Key(n.Str(Props.Title)) == title));
            if (match is null) continue;
            used.Add(match.Id);
            found++;
            foreach (var (field, prop) in new[] { ("title", Props.Title), ("issuer", Props.Issuer), ("date", Props.Date) })
            {
                fields++;
                var expected = field == "title" ? title : Str(label, field);
                var actual = field == "title" ? Key(match.Str(prop)) : match.Str(prop);
                if (expected == actual) fieldsRight++;
            }
        }
        yield return new Score("documents", graph.File, found, predicted.Count, labels.Count);
        yield return new Score("document fields", graph.File, fieldsRight, fields, fields);
    }

    /// One-to-one matching, closest lines first, so a near miss does not take the label of an exact hit.
    static Score Match<T>(string relation, string file, List<T> predicted, List<T> gold, Func<T, T, bool> same, Func<T, T, int>? distance = null)
    {
        var pairs = new List<(int Distance, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
            for (var g = 0; g < gold.Count; g++)
                if (same(predicted[p], gold[g])) pairs.Add((distance?.Invoke(predicted[p], gold[g]) ?? 0, p, g));
        var usedP = new bool[predicted.Count];
        var usedG = new bool[gold.Count];
        var tp = 0;
        foreach (var (_, p, g) in pairs.OrderBy(x => x.Distance).ThenBy(x => x.P).ThenBy(x => x.G))
            if (!usedP[p] && !usedG[g]) { usedP[p] = usedG[g] = true; tp++; }
        return new Score(relation, file, tp, predicted.Count, gold.Count);
    }

    public static List<Score> Totals(IEnumerable<Score> scores) =>
        [.. scores.GroupBy(s => s.Relation).Select(g => new Score(g.Key, "all", g.Sum(s => s.TruePositives), g.Sum(s => s.Predicted), g.Sum(s => s.Gold)))];

    static List<JsonElement> Read(string dir, string prefix, string kind)
    {
        var path = Path.Combine(dir, $"{prefix}.{kind}.jsonl");
        if (!File.Exists(path)) return [];
        return [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    static List<string> Strings(JsonElement r, string name) =>
        r.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray().Select(x => x.GetString() ?? "")] : [];

    static string? Str(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static string? Key(string? title) => title is null ? null : Segmenter.TitleKey(title);

    /// Names compared as printed, but with the bracket forms that printing varies unified.
    static string Unit(string s) => s.Replace('〈', '（').Replace('〉', '）').Replace('(', '（').Replace(')', '）').Replace(" ", "", StringComparison.Ordinal);

    static string Number(string s) => double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : s;
}
