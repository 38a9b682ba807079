using System.Text.RegularExpressions;

namespace GovGraph.Loader.Extract;

/// What makes a string the name of a government body, a company serving as a unit, or a collective of them.
public static partial class Agencies
{
    public static bool LooksLikeUnit(string name) =>
        name.Length is >= 2 and <= 45 && !NotAUnit().IsMatch(name) && (UnitSuffix().IsMatch(name) || IsCollective(name));

    /// 各乡（镇）人民政府, 县直各有关单位, 相关乡镇人民政府, 各相关部门: real recipients, never one body.
    public static bool IsCollective(string name) => Collective().IsMatch(name);

    [GeneratedRegex(@"(局|办|委|委员会|政府|中心|部|院|所|队|站|会|公司|组|处|室|厅|单位|部门|机构|馆|团|社|行|集团|支行|分行|法院|检察院|学校|医院|园区|示范区|景区|管委会|指挥部|联社|协会|企业|科|股|台|场|厂|矿|司|署|盟|街道|乡|镇|村|社区|办事处|大队|中队|支队|党校|协|联|管理处|合作社|电力|银行|保险|分局|小组|段|人大|政协|武装部|派出所|中队|公安)(（[^（）]{1,12}）)?$")]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"^(各|相关|有关|县直|市直|县级|市级|其他|其它|全县|全市|各级|属地)|各(有关|相关)|等(有关|相关)?(部门|单位)$|(各|相关|有关)(乡镇|乡（镇）|部门|单位)|成员单位$")]
    private static partial Regex Collective();

    /// Words that end like a unit but are duties or people: 负责人, 工作组 of tasks, 你单位.
    [GeneratedRegex(@"^(你|您|本|该|我)(单位|局|部门)|^(原|所有|所在|议题|运维|产权)|牵头部门$|分工负责$|负责人|责任人|联系人|工作人员|领导$|^(做好|加强|推进|落实|开展|建立|完善|组织|确保|按照|根据|对|在|由|向|将|把|和|与|及|为|以)|[。：“”]")]
    private static partial Regex NotAUnit();
}
