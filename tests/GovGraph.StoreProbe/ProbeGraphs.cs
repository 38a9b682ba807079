namespace GovGraph.StoreProbe;

/// Synthetic input files whose content is a pure function of their number, so a test can tell exactly what a
/// stored file should hold. Files of one county share its agencies and region; every file cites one national law and
/// the plan of the file before it, as gazettes do.
public static class ProbeGraphs
{
    public const int AgenciesPerCounty = 20;
    public const int Counties = 50;

    public static string FileName(int index) => $"probe-{index:D5}.txt";

    public static FileGraph File(int index, int tasks)
    {
        var file = FileName(index);
        var county = $"测{index % Counties:D2}县";
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var line = 0;
        Source At(string quote) => Source.Of(file, ++line, line * 50, quote);
        string Node(string label, string key, params (string, object?)[] props)
        {
            var id = Ids.Node(label, key);
            var p = new SortedDictionary<string, object?>(StringComparer.Ordinal) { [Props.Key] = key };
            foreach (var (k, v) in props) if (v is not null) p[k] = v;
            nodes.Add(new GraphNode(id, label, p, [At((string?)p.GetValueOrDefault(Props.Name) ?? key)]));
            return id;
        }
        void Edge(string type, string from, string to, params (string, object?)[] props)
        {
            var p = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (k, v) in props) p[k] = v;
            edges.Add(new GraphEdge(Ids.Edge(type, from, to), type, from, to, p, [At(type)]));
        }

        var date = $"{2018 + index % 7}-{1 + index % 12:D2}-{1 + index % 28:D2}";
        var region = Node(Labels.Region, county, (Props.Name, county), (Props.Level, "county"));
        var plan = Node(Labels.Law, $"测政发〔{index}〕号", (Props.Name, $"{county}第{index}号工作方案"), (Props.Title, $"{county}第{index}号工作方案"),
            (Props.Date, date), (Props.Level, "county"), (Props.Kind, "plan"), (Props.Loaded, true), (Props.County, county));
        var national = Node(Labels.Law, "中华人民共和国突发事件应对法", (Props.Name, "中华人民共和国突发事件应对法"), (Props.Level, "national"), (Props.Kind, "law"), (Props.Loaded, false));
        Edge(EdgeTypes.Cites, plan, national);
        if (index > 0)
        {
            var previous = Node(Labels.Law, $"测政发〔{index - 1}〕号", (Props.Name, $"第{index - 1}号工作方案"), (Props.Loaded, false));
            Edge(EdgeTypes.Cites, plan, previous);
        }
        var agencies = Enumerable.Range(0, AgenciesPerCounty).Select(a =>
        {
            var name = $"{county}第{a:D2}局";
            var id = Node(Labels.Agency, name, (Props.Name, name), (Props.Jurisdiction, county), (Props.Level, "county"), (Props.Aliases, new[] { $"县第{a:D2}局" }));
            Edge(EdgeTypes.In, id, region);
            return id;
        }).ToArray();
        for (var t = 0; t < tasks; t++)
        {
            var task = Node(Labels.Task, $"{plan}/{t}", (Props.Name, $"第{index}号方案任务{t}"), (Props.Text, $"{county}开展第{t}项防汛和地质灾害隐患排查工作。"),
                (Props.Section, t.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Props.Date, date), (Props.County, county));
            Edge(EdgeTypes.PartOf, task, plan);
            Edge(EdgeTypes.Leads, agencies[t % AgenciesPerCounty], task, (Props.Role, "牵头单位"), (Props.Surface, "县第局"));
            Edge(EdgeTypes.Cooperates, agencies[(t + 7) % AgenciesPerCounty], task, (Props.Role, "配合单位"), (Props.Surface, "县第局"));
        }
        return new FileGraph(file, Ids.Hash(file + tasks), nodes, edges);
    }
}
