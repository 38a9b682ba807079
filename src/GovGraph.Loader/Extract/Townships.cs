using System.Text.RegularExpressions;

namespace GovGraph.Loader.Extract;

public sealed record TownshipMention(int Start, string Name);

/// Names of 乡, 镇 and 街道, found where a name stands on its own: in a list, before 人民政府 or a village, after the county.
/// Not 乡镇, 城镇, 专业镇, 乡村, nor pieces of other words (乡宁县, 乡政办发, a restaurant called 西北小镇饭店).
public static partial class Townships
{
    public static List<TownshipMention> Find(string text, int from, int to)
    {
        var result = new List<TownshipMention>();
        foreach (Match m in Name().Matches(text[from..to]))
        {
            var name = m.Groups["name"].Value;
            var stem = name[..^(name.EndsWith("街道", StringComparison.Ordinal) ? 2 : 1)];
            if (NotAName().IsMatch(stem) || stem.Length < 2) continue;
            result.Add(new TownshipMention(from + m.Groups["name"].Index, name));
        }
        return result;
    }

    [GeneratedRegex(@"(?<=^|[、，；：（\s“和及与在县对至到])(?<name>[\p{IsCJKUnifiedIdeographs}]{2,4}?(镇|乡|街道))(?=[、，；：）\s”和及与]|人民政府|政府|党委|卫生院|中心校|便民|综合|辖区|境内|[\p{IsCJKUnifiedIdeographs}]{1,3}村|$)")]
    private static partial Regex Name();

    [GeneratedRegex(@"^(各|全|本|该|每|两|三|四|五|六|七|八|九|十|所在|相关|有关|重点|特色|专业|中心|小|城|集|村|建制|示范|乡|镇|等|个|省级|市级|县级|国家级|美丽|文明|卫生|旅游|生态|历史文化|农业|工业|商贸|产业|城关|其他|其余|属地|周边|沿线|涉及|贫困|非|试点|城乡|县城|农村|城市)$|^(各|全|本|该|每|所在|相关|有关|个别|部分|多个|其他|其余|涉及|覆盖|包括|试点)|(专业|特色|重点|示范|中心|小|集|城|乡|村|建制|各|等|个)$")]
    private static partial Regex NotAName();
}
