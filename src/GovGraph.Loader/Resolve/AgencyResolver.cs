using System.Reflection;
using System.Text.RegularExpressions;
using GovGraph.Loader.Extract;

namespace GovGraph.Loader.Resolve;

/// An agency's identity: canonical full name qualified by its jurisdiction.
public sealed record AgencyName(string Canonical, string Jurisdiction, string Level, bool Collective);

/// Resolves agency names as written to one canonical name per jurisdiction: "县发改局" in a 五台县 document is
/// 五台县发展和改革局; "市生态环境局五台分局" is 忻州市生态环境局五台分局. A body in one county is never merged with a
/// same-named body in another, because the jurisdiction is part of the name.
/// Where a short form has several full forms (住建局: 住房和城乡建设局 or 住房和城乡建设管理局), the one the file itself prints wins.
public sealed partial class AgencyResolver(RegionTable regions, string fileText = "")
{
    static readonly (string Short, string Full)[] Aliases = LoadAliases();

    public AgencyName Resolve(string surface, string? county)
    {
        var name = surface.Replace(" ", "", StringComparison.Ordinal);
        var city = county is null ? null : regions.ParentOf(county)?.Name;
        var jurisdiction = county ?? "";
        var level = "county";
        if (Agencies.IsCollective(name))
            return new AgencyName(name, jurisdiction, level, true);

        if (regions.Prefix(name) is { } region)
        {
            jurisdiction = region.Name;
            level = region.Level == "county" ? "county" : region.Level == "city" ? "municipal" : "provincial";
        }
        else if (county is not null && county.Length > 1 && name.StartsWith(county, StringComparison.Ordinal)) { }
        else if (name.StartsWith('县') && county is not null) name = county + name[1..];
        else if (name.StartsWith('市') && city is not null) { name = city + name[1..]; jurisdiction = city; level = "municipal"; }
        else if (name.StartsWith('省') && city is not null && regions.ParentOf(city) is { } province) { name = province.Name + name[1..]; jurisdiction = province.Name; level = "provincial"; }
        else if (county is not null && GenericBody().IsMatch(name)) name = county + name;

        return new AgencyName(Expand(name, jurisdiction), jurisdiction, level, false);
    }

    /// 发改局 → 发展和改革局 and the like, where the short form ends the name.
    string Expand(string name, string jurisdiction)
    {
        var prefix = jurisdiction.Length > 0 && name.StartsWith(jurisdiction, StringComparison.Ordinal) ? jurisdiction.Length : 0;
        var rest = name[prefix..];
        if (Aliases.Any(a => rest.EndsWith(a.Full, StringComparison.Ordinal))) return name;
        // Longest short form first; the rows of one short form keep the table's order, the usual full form first.
        var matches = Aliases.Where(a => rest.EndsWith(a.Short, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0) return name;
        var shortForm = matches[0].Short;
        var stem = rest[..^shortForm.Length];
        var fulls = matches.Where(a => a.Short == shortForm).Select(a => a.Full).ToList();
        var full = fulls.FirstOrDefault(f => fileText.Contains(stem + f, StringComparison.Ordinal)) ?? fulls[0];
        return name[..^shortForm.Length] + full;
    }

    /// Bureau names printed without a place ("农业农村局") belong to the document's county.
    [GeneratedRegex(@"^(人民政府|政府办|发展和改革|发改|财政|教育|科技|工业和信息化|工信|公安|民政|司法|人力资源|人社|自然资源|生态环境|住房和城乡建设|住建|交通运输|交通|水利|农业农村|商务|文化和旅游|文旅|卫生健康|卫健|退役军人|应急管理|应急|审计|市场监督管理|市场监管|统计|医疗保障|医保|林业|能源|行政审批|乡村振兴|融媒体|城市管理|城管|税务|气象|消防|粮食|供销|档案|信访|国资|金融|人武|机关事务)[\p{IsCJKUnifiedIdeographs}]{0,10}(局|委员会|委|办公室|办|中心|部|院|所|队|站|大队)$")]
    private static partial Regex GenericBody();

    static (string, string)[] LoadAliases()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("agency-aliases.tsv");
        if (stream is null) return [];
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2 && cols[0].Length > 0 && cols[1].Length > 0 && cols[0] != cols[1]) rows.Add((cols[0], cols[1]));
        }
        return [.. rows.OrderByDescending(r => r.Item1.Length)];
    }
}
