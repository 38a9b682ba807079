namespace GovGraph.Synthetic.Vocabulary;

/// A county body: its full name after 县, the short forms printed for it, and other full names it has gone by.
internal sealed record AgencyDef(string Key, string Full, string[] Shorts, string[] AltFulls)
{
    public bool HasShort => Shorts.Length > 0;
}

/// The county's bodies as clauses name them. Every name is printed with the 县 prefix.
internal static class Agencies
{
    static AgencyDef A(string key, string full, params string[] shorts) => new(key, full, shorts, []);

    static AgencyDef Alt(string key, string full, string[] shorts, params string[] alts) => new(key, full, shorts, alts);

    public static readonly AgencyDef[] All =
    [
        Alt("发改", "发展和改革局", ["发改局"], "发展和改革委员会"),
        A("工信", "工业和信息化局", "工信局"),
        A("人社", "人力资源和社会保障局", "人社局"),
        Alt("住建", "住房和城乡建设局", ["住建局"], "住房和城乡建设管理局"),
        A("文旅", "文化和旅游局", "文旅局"),
        A("市场", "市场监督管理局", "市场监管局"),
        A("自然", "自然资源局"),
        A("应急", "应急管理局", "应急局"),
        A("财政", "财政局"),
        A("农业", "农业农村局"),
        Alt("水利", "水利局", [], "水务局"),
        A("交通", "交通运输局", "交通局"),
        Alt("教育", "教育局", [], "教育科技局"),
        Alt("卫健", "卫生健康局", ["卫健局"], "卫生健康和体育局"),
        A("公安", "公安局"),
        A("民政", "民政局"),
        A("司法", "司法局"),
        A("商务", "商务局"),
        A("统计", "统计局"),
        A("审计", "审计局"),
        A("林业", "林业局"),
        A("能源", "能源局"),
        A("气象", "气象局"),
        A("审批", "行政审批服务管理局", "行政审批局", "审批局"),
        A("振兴", "乡村振兴局"),
        A("医保", "医疗保障局", "医保局"),
        A("退役", "退役军人事务局", "退役军人局"),
        A("城管", "城市管理局", "城管局"),
        A("税务", "税务局"),
        A("融媒", "融媒体中心"),
        A("科协", "科学技术协会", "科协"),
        A("残联", "残疾人联合会", "残联"),
        A("宣传", "委宣传部"),
        A("网信", "委网信办"),
        A("消防", "消防救援大队"),
        A("交警", "公安局交通警察大队", "交警大队"),
        // Names with a second name in brackets, printed as one unit.
        A("人才", "委组织部（人才办）"),
        A("研究", "人民政府发展研究中心（县金融服务中心）"),
        A("疾控", "疾病预防控制中心（县卫生监督所）"),
    ];

    public static readonly Dictionary<string, AgencyDef> ByKey = All.ToDictionary(a => a.Key, StringComparer.Ordinal);

    /// Collective units: real recipients of a task, never one agency.
    public static readonly string[] Collectives =
    [
        "各乡（镇）人民政府", "各乡镇人民政府", "县直各有关单位", "相关乡镇人民政府", "各相关部门", "县直相关单位", "各协同部门", "县级各协同部门",
    ];
}
