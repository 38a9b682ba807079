namespace GovGraph.IntegrationTests.Store;

/// Two county files written by hand: 五台县's 2023 geological-hazard plan and 代县's 2022 flood plan. They share the
/// national law both cite, and 代县's file cites the 五台县 plan that 五台县's file loads.
public static class StoreWorld
{
    public const string WutaiFile = "wutai-2023.txt";
    public const string DaixianFile = "daixian-2022.txt";

    public static readonly string RegionWutai = Ids.Node(Labels.Region, "五台县");
    public static readonly string RegionDaixian = Ids.Node(Labels.Region, "代县");
    public static readonly string L1 = Ids.Node(Labels.Law, "五政办发〔2023〕1号");
    public static readonly string L0 = Ids.Node(Labels.Law, "五台县2022年度地质灾害防治方案");
    public static readonly string P1 = Ids.Node(Labels.Law, "山西省地质灾害防治条例");
    public static readonly string N1 = Ids.Node(Labels.Law, "中华人民共和国突发事件应对法");
    public static readonly string L2 = Ids.Node(Labels.Law, "代政办发〔2022〕5号");
    public static readonly string A1 = Ids.Node(Labels.Agency, "五台县自然资源局");
    public static readonly string A2 = Ids.Node(Labels.Agency, "五台县应急管理局");
    public static readonly string A3 = Ids.Node(Labels.Agency, "五台县/各乡（镇）人民政府");
    public static readonly string B1 = Ids.Node(Labels.Agency, "代县水利局");
    public static readonly string T1 = Ids.Node(Labels.Task, L1 + "/一/1");
    public static readonly string T2 = Ids.Node(Labels.Task, L1 + "/一/2");
    public static readonly string T3 = Ids.Node(Labels.Task, L1 + "/二/1");
    public static readonly string T4 = Ids.Node(Labels.Task, L2 + "/一/1");
    public static readonly string T5 = Ids.Node(Labels.Task, L2 + "/一/2");

    public static FileGraph Wutai(bool withEmergencyTask = true, string extraTask = "")
    {
        var g = new FileGraphBuilder(WutaiFile);
        var region = g.Region("五台县");
        var l1 = g.Law("五政办发〔2023〕1号", "五台县2023年度地质灾害防治方案", "2023-04-03", "county", "plan", loaded: true, "五台县", "五政办发〔2023〕1号");
        var l0 = g.Law("五台县2022年度地质灾害防治方案", "五台县2022年度地质灾害防治方案", "2022-03-01", "county", "plan");
        var p1 = g.Law("山西省地质灾害防治条例", "山西省地质灾害防治条例", level: "provincial", kind: "regulation");
        var n1 = g.Law("中华人民共和国突发事件应对法", "中华人民共和国突发事件应对法", level: "national", kind: "law");
        var a1 = g.Agency("五台县自然资源局", "五台县", ["县自然资源局"]);
        var a2 = g.Agency("五台县应急管理局", "五台县", ["县应急局"]);
        var a3 = g.Agency("各乡（镇）人民政府", "五台县", collective: true);
        var t1 = g.Task(l1, "一/1", "开展地质灾害隐患排查", "各乡镇全面开展地质灾害隐患排查，建立台账。", "2023-04-03", "五台县");
        var t2 = g.Task(l1, "一/2", "落实群测群防", "落实汛期地质灾害群测群防措施。", "2023-04-03", "五台县");
        var target = g.Node(Labels.Target, l1 + "/一/1/隐患点核查率/100%", (Props.Name, "隐患点核查率 ≥ 100%"), (Props.Metric, "隐患点核查率"),
            (Props.Value, 100L), (Props.Unit, "%"), (Props.Comparator, "≥"));
        g.Leads(a1, t1);
        g.Leads(a1, t2, "责任单位");
        g.Leads(a3, t1, "责任单位");
        g.Edge(EdgeTypes.Cooperates, a2, t1, (Props.Role, "配合单位"), (Props.Surface, "县应急局"));
        g.Edge(EdgeTypes.HasTarget, t1, target);
        if (withEmergencyTask)
        {
            var t3 = g.Task(l1, "二/1", "做好应急处置", "发生灾情后及时转移群众。", "2023-04-03", "五台县");
            g.Leads(a2, t3);
        }
        if (extraTask.Length > 0) g.Leads(a2, g.Task(l1, "三/1", extraTask, extraTask + "。", "2023-04-03", "五台县"));
        g.Edge(EdgeTypes.Cites, l1, p1);
        g.Edge(EdgeTypes.Cites, l1, n1);
        g.Edge(EdgeTypes.Cites, p1, n1);
        g.Edge(EdgeTypes.Supersedes, l1, l0);
        foreach (var a in new[] { a1, a2, a3 }) g.Edge(EdgeTypes.In, a, region);
        return g.Build();
    }

    public static FileGraph Daixian()
    {
        var g = new FileGraphBuilder(DaixianFile);
        var region = g.Region("代县");
        var l2 = g.Law("代政办发〔2022〕5号", "代县2022年防汛工作方案", "2022-05-10", "county", "plan", loaded: true, "代县", "代政办发〔2022〕5号");
        var n1 = g.Law("中华人民共和国突发事件应对法", "中华人民共和国突发事件应对法", level: "national", kind: "law");
        var l1 = g.Law("五政办发〔2023〕1号", "五台县2023年度地质灾害防治方案", docNumber: "五政办发〔2023〕1号");
        var b1 = g.Agency("代县水利局", "代县");
        var t4 = g.Task(l2, "一/1", "加强防汛值守", "汛期实行24小时防汛值班。", "2022-05-10", "代县");
        var t5 = g.Task(l2, "一/2", "开展河道清障", "清理河道阻水障碍。", "2022-05-10", "代县");
        g.Leads(b1, t4);
        g.Leads(b1, t5);
        g.Edge(EdgeTypes.Cites, l2, n1);
        g.Edge(EdgeTypes.Cites, l2, l1);
        g.Edge(EdgeTypes.In, b1, region);
        return g.Build();
    }

    /// <paramref name="count"/> agencies of one made-up county, named 测试局01, 测试局02 …, for paging.
    public static FileGraph Agencies(string file, int count, string prefix = "测试局")
    {
        var g = new FileGraphBuilder(file);
        for (var i = 1; i <= count; i++) g.Agency($"{prefix}{i:D2}", "测试县");
        return g.Build();
    }

    /// A file big enough that writing it takes a noticeable time (readers-during-a-write, kill tests).
    public static FileGraph Bulk(string file, int tasks, string tag = "")
    {
        var g = new FileGraphBuilder(file);
        var law = g.Law("批量方案" + file, "批量方案" + file, "2024-01-01", "county", "plan", loaded: true, "批量县");
        var agency = g.Agency("批量县工作局" + file, "批量县");
        for (var i = 0; i < tasks; i++)
            g.Leads(agency, g.Task(law, $"{i}", $"批量任务{tag}{i}", $"第{i}项批量任务的正文，用于测试写入过程中的读取。", "2024-01-01", "批量县"));
        return g.Build();
    }
}
