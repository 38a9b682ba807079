namespace GovGraph.IntegrationTests.Store;

/// Builds one input file's graph by hand, the way the loader would: deterministic ids, a key property, one mention
/// per fact on its own line of the file.
public sealed class FileGraphBuilder(string file)
{
    readonly List<GraphNode> _nodes = [];
    readonly List<GraphEdge> _edges = [];
    int _line;

    public string File => file;

    public string Node(string label, string key, params (string Key, object? Value)[] props)
    {
        var id = Ids.Node(label, key);
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { [Props.Key] = key };
        foreach (var (k, v) in props)
            if (v is not null) properties[k] = v;
        var quote = properties.TryGetValue(Props.Name, out var n) ? (string)n! : key;
        _nodes.Add(new GraphNode(id, label, properties, [Mention(quote)]));
        return id;
    }

    public string Edge(string type, string from, string to, params (string Key, object? Value)[] props)
    {
        var id = Ids.Edge(type, from, to);
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in props)
            if (v is not null) properties[k] = v;
        _edges.Add(new GraphEdge(id, type, from, to, properties, [Mention(type)]));
        return id;
    }

    public string Law(string key, string title, string? date = null, string? level = null, string? kind = null, bool loaded = false,
        string? county = null, string? docNumber = null) =>
        Node(Labels.Law, key, (Props.Name, title), (Props.Title, title), (Props.Date, date), (Props.Level, level), (Props.Kind, kind),
            (Props.Loaded, loaded), (Props.County, county), (Props.DocNumber, docNumber));

    public string Agency(string name, string jurisdiction, string[]? aliases = null, bool collective = false) =>
        Node(Labels.Agency, collective ? jurisdiction + "/" + name : name, (Props.Name, name), (Props.Jurisdiction, jurisdiction),
            (Props.Level, "county"), (Props.Aliases, aliases), (Props.Collective, collective));

    public string Task(string lawId, string section, string title, string text, string date, string county)
    {
        var id = Node(Labels.Task, lawId + "/" + section, (Props.Name, title), (Props.Title, title), (Props.Text, text),
            (Props.Section, section), (Props.Date, date), (Props.County, county));
        Edge(EdgeTypes.PartOf, id, lawId);
        return id;
    }

    public string Region(string name, string level = "county") =>
        Node(Labels.Region, name, (Props.Name, name), (Props.Level, level));

    public string Leads(string agency, string task, string role = "牵头单位") =>
        Edge(EdgeTypes.Leads, agency, task, (Props.Role, role), (Props.Surface, role));

    public FileGraph Build() => new(file, Ids.Hash(file + "\u001f" + _nodes.Count + "\u001f" + _edges.Count + "\u001f" + string.Join(",", _nodes.Select(n => n.Id))),
        [.. _nodes], [.. _edges]);

    Source Mention(string quote)
    {
        _line++;
        return Source.Of(file, _line, _line * 40, quote);
    }
}
