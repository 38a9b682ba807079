namespace GovGraph.IntegrationTests.Api;

/// A small, realistic graph written by hand: a 五台县 notice publishing a railway-safety plan whose tasks are led by
/// 县发改局 and others, citing a State Council 国办函 notice (directly, and through a provincial opinion), superseding
/// its 2019 predecessor, with targets, townships and regions; plus a 定襄县 notice citing the same State Council notice.
/// Three input files, so nodes that several files assert (the State Council notice, 忻州市) are merged by the store.
/// Tasks carry their document's date, as the store's leaderboard reads a task's year from it.
public static class SampleGraph
{
    public const string WutaiFile = "五台县人民政府公报2023年第1期.txt";
    public const string ShanxiFile = "山西省人民政府公报2021年第20期.txt";
    public const string DingxiangFile = "定襄县人民政府公报2023年第2期.txt";

    public const string PlanTitle = "五台县铁路沿线安全环境整治工作方案";
    public const string TaskGreeningTitle = "推进铁路沿线绿化美化";
    public const string StateCouncilTitle = "国务院办公厅转发交通运输部等单位关于加强铁路沿线安全环境治理工作意见的通知";
    public const string StateCouncilNumber = "国办函〔2021〕49号";

    public static readonly string WutaiNotice = Ids.Node(Labels.Law, "五政办发〔2023〕3号");
    public static readonly string WutaiPlan = Ids.Node(Labels.Law, PlanTitle);
    public static readonly string OldNotice = Ids.Node(Labels.Law, "五政办发〔2019〕12号");
    public static readonly string StateCouncil = Ids.Node(Labels.Law, StateCouncilNumber);
    public static readonly string ProvincialOpinion = Ids.Node(Labels.Law, "晋政办发〔2021〕88号");
    public static readonly string DingxiangNotice = Ids.Node(Labels.Law, "定政办发〔2023〕7号");

    public static readonly string WutaiDrc = Ids.Node(Labels.Agency, "五台县发展和改革局");
    public static readonly string WutaiNaturalResources = Ids.Node(Labels.Agency, "五台县自然资源局");
    public static readonly string EcologyBranch = Ids.Node(Labels.Agency, "忻州市生态环境局五台分局");
    public static readonly string DingxiangDrc = Ids.Node(Labels.Agency, "定襄县发展和改革局");

    public static readonly string TaskSurvey = TaskId(PlanTitle, "三/（一）");
    public static readonly string TaskBuildings = TaskId(PlanTitle, "三/（二）");
    public static readonly string TaskPollution = TaskId(PlanTitle, "三/（三）");
    public static readonly string TaskGreening = TaskId(PlanTitle, "三/（四）");

    public static readonly string Wutai = Ids.Node(Labels.Region, "五台县");
    public static readonly string Xinzhou = Ids.Node(Labels.Region, "忻州市");
    public static readonly string Shanxi = Ids.Node(Labels.Region, "山西省");

    public static string TaskId(string lawKey, string section) => Ids.Node(Labels.Task, lawKey + "/" + section);

    public static IReadOnlyList<FileGraph> Files() => [Wutai2023(), Shanxi2021(), Dingxiang2023()];

    static FileGraph Wutai2023()
    {
        var g = new FileGraphBuilder(WutaiFile);
        var shanxi = g.Region("山西省", "provincial", null, 3);
        var xinzhou = g.Region("忻州市", "municipal", "山西省", 3);
        var wutai = g.Region("五台县", "county", "忻州市", 3);
        g.Edge(EdgeTypes.In, xinzhou, shanxi, 3, "忻州市");
        g.Edge(EdgeTypes.In, wutai, xinzhou, 3, "五台县");
        foreach (var (town, line) in new[] { ("台城镇", 60), ("东冶镇", 61) })
            g.Edge(EdgeTypes.In, g.Node(Labels.Township, "五台县/" + town, line, town, (Props.Name, town), (Props.County, "五台县")), wutai, line, town);

        string Agency(string name, string[] aliases, int line, bool collective = false, string level = "county")
        {
            var id = g.Node(Labels.Agency, name, line, aliases.Length > 0 ? aliases[0] : name,
                (Props.Name, name), (Props.Aliases, aliases), (Props.Jurisdiction, "五台县"), (Props.Level, level), (Props.Collective, collective));
            g.Edge(EdgeTypes.In, id, wutai, line, name);
            return id;
        }
        var office = Agency("五台县人民政府办公室", ["县政府办公室"], 40);
        var drc = Agency("五台县发展和改革局", ["县发改局", "县发展和改革局"], 52);
        var industry = Agency("五台县工业和信息化局", ["县工信局"], 52);
        var energy = Agency("五台县能源局", ["县能源局"], 52);
        var land = Agency("五台县自然资源局", ["县自然资源局"], 58);
        var ecology = Agency("忻州市生态环境局五台分局", ["市生态环境局五台分局"], 64, level: "municipal");
        var townships = Agency("各乡（镇）人民政府", ["各乡（镇）人民政府"], 58, collective: true);

        var notice = g.Law("五政办发〔2023〕3号", "五台县人民政府办公室关于印发五台县铁路沿线安全环境整治工作方案的通知",
            "五政办发〔2023〕3号", "五台县人民政府办公室", "2023-02-02", "notice", "county", loaded: true, line: 40);
        var plan = g.Law(PlanTitle, PlanTitle, null, "五台县人民政府办公室", "2023-02-02", "plan", "county", loaded: true, line: 47);
        var stateCouncil = g.Law(StateCouncilNumber, StateCouncilTitle, StateCouncilNumber, "国务院办公厅", "2021-03-22", "notice", "national", loaded: false, line: 44);
        var old = g.Law("五政办发〔2019〕12号", "五台县人民政府办公室关于印发五台县铁路沿线环境整治方案的通知",
            "五政办发〔2019〕12号", "五台县人民政府办公室", "2019-05-20", "notice", "county", loaded: false, line: 45);
        var provincial = g.Law("晋政办发〔2021〕88号", "山西省人民政府办公厅关于加强铁路沿线安全环境治理工作的实施意见",
            "晋政办发〔2021〕88号", "山西省人民政府办公厅", null, "opinion", "provincial", loaded: false, line: 49);

        g.Edge(EdgeTypes.IssuedBy, notice, office, 40, "五台县人民政府办公室");
        g.Edge(EdgeTypes.Publishes, notice, plan, 42, "现将《五台县铁路沿线安全环境整治工作方案》印发给你们");
        g.Edge(EdgeTypes.Cites, notice, stateCouncil, 44, "根据《国务院办公厅转发交通运输部等单位关于加强铁路沿线安全环境治理工作意见的通知》（国办函〔2021〕49号）");
        g.Edge(EdgeTypes.Supersedes, notice, old, 45, "《五台县铁路沿线环境整治方案》（五政办发〔2019〕12号）同时废止");
        g.Edge(EdgeTypes.Cites, plan, provincial, 49, "按照《山西省人民政府办公厅关于加强铁路沿线安全环境治理工作的实施意见》（晋政办发〔2021〕88号）要求");

        string Task(string section, string title, string text, int line, string? deadline = null)
        {
            var id = g.Node(Labels.Task, PlanTitle + "/" + section, line, text,
                (Props.Name, title), (Props.Title, title), (Props.Text, text), (Props.Section, section), (Props.Deadline, deadline),
                (Props.Date, "2023-02-02"));
            g.Edge(EdgeTypes.PartOf, id, plan, line, title);
            return id;
        }
        var survey = Task("三/（一）", "开展铁路沿线隐患排查",
            "全面排查铁路沿线两侧500米范围内的安全隐患，建立问题台账，2023年6月底前完成排查。（牵头单位：县发改局；配合单位：县工信局、县能源局）", 52, "2023-06-30");
        var buildings = Task("三/（二）", "整治沿线违章建筑",
            "依法拆除铁路线路安全保护区内的违章建筑和堆积物。（牵头单位：县自然资源局；责任单位：各乡（镇）人民政府）", 58);
        var pollution = Task("三/（三）", "加强沿线环境污染治理",
            "清理铁路沿线垃圾和污染源，严禁露天焚烧。（牵头单位：市生态环境局五台分局；配合单位：县发改局）", 64);
        var greening = Task("三/（四）", "推进铁路沿线绿化美化",
            "在铁路沿线可绿化区域植树种草。（县发展和改革局牵头，县自然资源局配合）", 70);

        void Role(string type, string agency, string task, string role, string surface, int line, string quote) =>
            g.Edge(type, agency, task, line, quote, (Props.Role, role), (Props.Surface, surface));
        Role(EdgeTypes.Leads, drc, survey, "牵头单位", "县发改局", 53, "（牵头单位：县发改局；配合单位：县工信局、县能源局）");
        Role(EdgeTypes.Cooperates, industry, survey, "配合单位", "县工信局", 53, "（牵头单位：县发改局；配合单位：县工信局、县能源局）");
        Role(EdgeTypes.Cooperates, energy, survey, "配合单位", "县能源局", 53, "（牵头单位：县发改局；配合单位：县工信局、县能源局）");
        Role(EdgeTypes.Leads, land, buildings, "牵头单位", "县自然资源局", 59, "（牵头单位：县自然资源局；责任单位：各乡（镇）人民政府）");
        Role(EdgeTypes.Cooperates, townships, buildings, "责任单位", "各乡（镇）人民政府", 59, "（牵头单位：县自然资源局；责任单位：各乡（镇）人民政府）");
        Role(EdgeTypes.Leads, ecology, pollution, "牵头单位", "市生态环境局五台分局", 65, "（牵头单位：市生态环境局五台分局；配合单位：县发改局）");
        Role(EdgeTypes.Cooperates, drc, pollution, "配合单位", "县发改局", 65, "（牵头单位：市生态环境局五台分局；配合单位：县发改局）");
        Role(EdgeTypes.Leads, drc, greening, "牵头", "县发展和改革局", 71, "（县发展和改革局牵头，县自然资源局配合）");
        Role(EdgeTypes.Cooperates, land, greening, "配合", "县自然资源局", 71, "（县发展和改革局牵头，县自然资源局配合）");

        var rectification = g.Node(Labels.Target, PlanTitle + "/二/隐患整改率", 50, "到2023年底，铁路沿线安全隐患整改率达到100%",
            (Props.Name, "铁路沿线安全隐患整改率"), (Props.Metric, "铁路沿线安全隐患整改率"), (Props.Value, "100"), (Props.Unit, "%"),
            (Props.Comparator, "="), (Props.Deadline, "2023"), (Props.Text, "到2023年底，铁路沿线安全隐患整改率达到100%"));
        g.Edge(EdgeTypes.HasTarget, plan, rectification, 50, "到2023年底，铁路沿线安全隐患整改率达到100%");
        var coverage = g.Node(Labels.Target, PlanTitle + "/三/（一）/排查覆盖率", 52, "排查覆盖率不低于95%",
            (Props.Name, "排查覆盖率"), (Props.Metric, "排查覆盖率"), (Props.Value, 95L), (Props.Unit, "%"),
            (Props.Comparator, "≥"), (Props.Deadline, "2023-06-30"), (Props.Text, "排查覆盖率不低于95%"));
        g.Edge(EdgeTypes.HasTarget, survey, coverage, 52, "排查覆盖率不低于95%");
        return g.Build();
    }

    static FileGraph Shanxi2021()
    {
        var g = new FileGraphBuilder(ShanxiFile);
        var shanxi = g.Region("山西省", "provincial", null, 2);
        var office = g.Node(Labels.Agency, "山西省人民政府办公厅", 12, "山西省人民政府办公厅",
            (Props.Name, "山西省人民政府办公厅"), (Props.Aliases, new[] { "省政府办公厅" }), (Props.Jurisdiction, "山西省"),
            (Props.Level, "provincial"), (Props.Collective, false));
        g.Edge(EdgeTypes.In, office, shanxi, 12, "山西省人民政府办公厅");
        var opinion = g.Law("晋政办发〔2021〕88号", "山西省人民政府办公厅关于加强铁路沿线安全环境治理工作的实施意见",
            "晋政办发〔2021〕88号", "山西省人民政府办公厅", "2021-09-10", "opinion", "provincial", loaded: true, line: 12);
        var stateCouncil = g.Law(StateCouncilNumber, StateCouncilTitle, StateCouncilNumber, "国务院办公厅", "2021-03-22", "notice", "national", loaded: false, line: 16);
        g.Edge(EdgeTypes.IssuedBy, opinion, office, 12, "山西省人民政府办公厅");
        g.Edge(EdgeTypes.Cites, opinion, stateCouncil, 16, "为贯彻落实《国务院办公厅转发交通运输部等单位关于加强铁路沿线安全环境治理工作意见的通知》（国办函〔2021〕49号）");
        return g.Build();
    }

    static FileGraph Dingxiang2023()
    {
        var g = new FileGraphBuilder(DingxiangFile);
        var xinzhou = g.Region("忻州市", "municipal", "山西省", 2);
        var dingxiang = g.Region("定襄县", "county", "忻州市", 2);
        g.Edge(EdgeTypes.In, dingxiang, xinzhou, 2, "定襄县");
        g.Edge(EdgeTypes.In, g.Node(Labels.Township, "定襄县/晋昌镇", 30, "晋昌镇", (Props.Name, "晋昌镇"), (Props.County, "定襄县")), dingxiang, 30, "晋昌镇");
        var office = g.Node(Labels.Agency, "定襄县人民政府办公室", 8, "定襄县人民政府办公室",
            (Props.Name, "定襄县人民政府办公室"), (Props.Aliases, Array.Empty<string>()), (Props.Jurisdiction, "定襄县"), (Props.Level, "county"), (Props.Collective, false));
        var drc = g.Node(Labels.Agency, "定襄县发展和改革局", 21, "县发改局",
            (Props.Name, "定襄县发展和改革局"), (Props.Aliases, new[] { "县发改局" }), (Props.Jurisdiction, "定襄县"), (Props.Level, "county"), (Props.Collective, false));
        g.Edge(EdgeTypes.In, office, dingxiang, 8, "定襄县人民政府办公室");
        g.Edge(EdgeTypes.In, drc, dingxiang, 21, "定襄县发展和改革局");
        const string title = "定襄县人民政府办公室关于印发定襄县铁路沿线安全环境整治实施方案的通知";
        var notice = g.Law("定政办发〔2023〕7号", title, "定政办发〔2023〕7号", "定襄县人民政府办公室", "2023-05-10", "notice", "county", loaded: true, line: 8);
        var stateCouncil = g.Law(StateCouncilNumber, StateCouncilTitle, StateCouncilNumber, "国务院办公厅", "2021-03-22", "notice", "national", loaded: false, line: 12);
        g.Edge(EdgeTypes.IssuedBy, notice, office, 8, "定襄县人民政府办公室");
        g.Edge(EdgeTypes.Cites, notice, stateCouncil, 12, "依据《国务院办公厅转发交通运输部等单位关于加强铁路沿线安全环境治理工作意见的通知》（国办函〔2021〕49号）");
        foreach (var (section, taskTitle, line) in new[] { ("二/1", "建立双段长工作机制", 20), ("二/2", "开展联合执法检查", 24) })
        {
            var text = taskTitle + "，落实属地责任。（牵头单位：县发改局）";
            var task = g.Node(Labels.Task, "定政办发〔2023〕7号/" + section, line, text,
                (Props.Name, taskTitle), (Props.Title, taskTitle), (Props.Text, text), (Props.Section, section), (Props.Date, "2023-05-10"));
            g.Edge(EdgeTypes.PartOf, task, notice, line, taskTitle);
            g.Edge(EdgeTypes.Leads, drc, task, line + 1, "（牵头单位：县发改局）", (Props.Role, "牵头单位"), (Props.Surface, "县发改局"));
        }
        return g.Build();
    }
}

/// Builds one file's FileGraph the way the loader would: deterministic ids, every fact with its line and quote.
public sealed class FileGraphBuilder(string file)
{
    readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    readonly Dictionary<string, GraphEdge> _edges = new(StringComparer.Ordinal);

    public string Node(string label, string key, int line, string quote, params (string Key, object? Value)[] properties)
    {
        var id = Ids.Node(label, key);
        var bag = new SortedDictionary<string, object?>(StringComparer.Ordinal) { [Props.Key] = key };
        foreach (var (k, v) in properties)
            if (v is not null) bag[k] = v;
        _nodes[id] = new GraphNode(id, label, bag, [Source.Of(file, line, line * 40, quote)]);
        return id;
    }

    public string Region(string name, string level, string? parent, int line) =>
        Node(Labels.Region, name, line, name, (Props.Name, name), (Props.Level, level), (Props.Parent, parent));

    public string Law(string key, string title, string? docNumber, string issuer, string? date, string kind, string level, bool loaded, int line) =>
        Node(Labels.Law, key, line, title, (Props.Name, title), (Props.Title, title), (Props.DocNumber, docNumber), (Props.Issuer, issuer),
            (Props.Date, date), (Props.Kind, kind), (Props.Level, level), (Props.Loaded, loaded));

    public string Edge(string type, string from, string to, int line, string quote, params (string Key, object? Value)[] properties)
    {
        var id = Ids.Edge(type, from, to);
        var bag = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in properties)
            if (v is not null) bag[k] = v;
        _edges[id] = new GraphEdge(id, type, from, to, bag, [Source.Of(file, line, line * 40, quote)]);
        return id;
    }

    public FileGraph Build() => new(file, Ids.Hash(file + _nodes.Count + _edges.Count), [.. _nodes.Values], [.. _edges.Values]);
}
