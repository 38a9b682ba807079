namespace GovGraph;

/// Node labels of the graph (see docs/DATA-MODEL.md).
public static class Labels
{
    /// Any normative document (法律、条例、规划、方案、通知…), loaded or only cited.
    public const string Law = "Law";
    /// A government body (人民政府、局、委员会、中心、领导小组…).
    public const string Agency = "Agency";
    /// A 乡, 镇 or 街道.
    public const string Township = "Township";
    /// One numbered measure (重点任务) of a plan or notice.
    public const string Task = "Task";
    /// A quantitative goal (目标): metric, value, time.
    public const string Target = "Target";
    /// A county, city or province.
    public const string Region = "Region";

    public static readonly IReadOnlyList<string> All = [Law, Agency, Township, Task, Target, Region];
}

/// Edge types of the graph.
public static class EdgeTypes
{
    /// Lead agency (牵头单位) of a task.
    public const string Leads = "LEADS";
    /// Cooperating agency (配合/参与/协同单位) of a task.
    public const string Cooperates = "COOPERATES";
    /// One document refers to another (《title》 or 发文字号).
    public const string Cites = "CITES";
    /// The newer document repeals the older (废止, 不再执行, 代替).
    public const string Supersedes = "SUPERSEDES";
    /// A notice issues an attached plan (印发《X》的通知).
    public const string Publishes = "PUBLISHES";
    /// The issuing body (发文机关) of a document.
    public const string IssuedBy = "ISSUED_BY";
    /// A task belongs to its plan.
    public const string PartOf = "PART_OF";
    /// Where a target is set.
    public const string HasTarget = "HAS_TARGET";
    /// Geography and jurisdiction.
    public const string In = "IN";

    public static readonly IReadOnlyList<string> All = [Leads, Cooperates, Cites, Supersedes, Publishes, IssuedBy, PartOf, HasTarget, In];
}

/// Where a fact was read: input file, 1-based line in the file as given, offset in the normalized text, and the evidence.
public sealed record Source(string File, int Line, int Offset, string Quote)
{
    public const int MaxQuote = 200;

    public static Source Of(string file, int line, int offset, string quote) =>
        new(file, line, offset, quote.Length <= MaxQuote ? quote : quote[..MaxQuote]);
}

/// A node with its properties and every place it was mentioned.
/// Property values are string, long, double, bool or IReadOnlyList&lt;string&gt;.
public sealed record GraphNode(string Id, string Label, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<Source> Mentions)
{
    public string Name => Properties.TryGetValue(Props.Name, out var v) && v is string s ? s : Id;

    public string? Str(string key) => Properties.TryGetValue(key, out var v) ? v as string : null;

    public Source? Source => Mentions.Count > 0 ? Mentions[0] : null;
}

/// A directed, typed edge with its properties and the places it was read.
public sealed record GraphEdge(string Id, string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<Source> Mentions)
{
    public string? Str(string key) => Properties.TryGetValue(key, out var v) ? v as string : null;

    public Source? Source => Mentions.Count > 0 ? Mentions[0] : null;
}

/// Everything one input file asserts: stored whole or not at all, withdrawn whole when the file is reloaded or removed.
public sealed record FileGraph(string File, string ContentHash, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// Well-known property keys. Every node has <see cref="Name"/>, the text shown for it.
public static class Props
{
    public const string Name = "name";
    public const string Key = "key";
    public const string Title = "title";
    public const string DocNumber = "docNumber";
    public const string Issuer = "issuer";
    public const string Date = "date";
    public const string Kind = "kind";
    public const string Level = "level";
    public const string Loaded = "loaded";
    public const string Aliases = "aliases";
    public const string Jurisdiction = "jurisdiction";
    public const string County = "county";
    public const string Collective = "collective";
    public const string Parent = "parent";
    public const string Text = "text";
    public const string Section = "section";
    public const string Deadline = "deadline";
    public const string Metric = "metric";
    public const string Value = "value";
    public const string Unit = "unit";
    public const string Comparator = "comparator";
    public const string Role = "role";
    public const string Surface = "surface";
    public const string Recipients = "recipients";
    public const string Publicity = "publicity";
}
