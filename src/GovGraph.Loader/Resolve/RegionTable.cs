using System.Reflection;

namespace GovGraph.Loader.Resolve;

public sealed record Region(string Name, string Level, string? Parent, string? Code);

/// Counties, cities and provinces with their parents and document-number codes (Data/regions.tsv), so "市X局" in a
/// county's document resolves to the right city, and a 发文字号's code tells the issuer's level.
public sealed class RegionTable
{
    readonly Dictionary<string, Region> _byName = new(StringComparer.Ordinal);

    public static RegionTable Default { get; } = Load();

    readonly HashSet<string> _provinceCodes = new(StringComparer.Ordinal);
    readonly HashSet<string> _cityCodes = new(StringComparer.Ordinal);

    public RegionTable(IEnumerable<Region> regions)
    {
        foreach (var r in regions)
        {
            _byName.TryAdd(r.Name, r);
            if (r.Code is null) continue;
            if (r.Level == "province") _provinceCodes.Add(r.Code);
            else if (r.Level == "city") _cityCodes.Add(r.Code);
        }
    }

    public Region? Find(string name) => _byName.GetValueOrDefault(name);

    public Region? ParentOf(string name) => Find(name)?.Parent is { } p ? Find(p) ?? new Region(p, "city", null, null) : null;

    public IEnumerable<Region> All => _byName.Values;

    /// The region whose name (or whose name without 市/县/省 etc.) starts <paramref name="text"/>, longest first.
    public Region? Prefix(string text)
    {
        for (var len = Math.Min(text.Length, 12); len >= 2; len--)
            if (_byName.TryGetValue(text[..len], out var r)) return r;
        return null;
    }

    /// Level of a document from its 发文字号 code: 国发/国办发 national, 晋政发 provincial, 忻政发 municipal, 五政办发 county.
    public string? LevelOfCode(string code, string? county)
    {
        if (code.StartsWith('国') || code.StartsWith("中发", StringComparison.Ordinal) || code.StartsWith("中办", StringComparison.Ordinal)
            || NationalBodies.Any(b => code.StartsWith(b, StringComparison.Ordinal)))
            return "national";
        var first = code[..1];
        if (county is not null && Find(county) is { } c)
        {
            if (c.Code == first || county.StartsWith(first, StringComparison.Ordinal)) return "county";
            if (ParentOf(county) is { } city && (city.Code == first || city.Name.StartsWith(first, StringComparison.Ordinal))) return "municipal";
            if (ParentOf(county) is { } city2 && ParentOf(city2.Name) is { } province && province.Code == first) return "provincial";
        }
        if (_provinceCodes.Contains(first)) return "provincial";
        if (_cityCodes.Contains(first) || _cityCodes.Contains(code[..Math.Min(2, code.Length)])) return "municipal";
        return null;
    }

    // Ministries' codes (自然资发, 财建, 环发…) start with their own abbreviation, not a place.
    static readonly string[] NationalBodies = ["自然资", "国土资", "财", "环", "生态环境部", "发改", "工信部", "人社部", "住建", "建", "交", "农", "水", "民", "教", "卫", "应急", "公", "商", "文旅", "体", "林", "气", "统", "税", "市监"];

    static RegionTable Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("regions.tsv");
        if (stream is null) return new RegionTable([]);
        using var reader = new StreamReader(stream);
        var rows = new List<Region>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            rows.Add(new Region(cols[0], cols[1], cols.Length > 2 && cols[2].Length > 0 ? cols[2] : null, cols.Length > 3 && cols[3].Length > 0 ? cols[3] : null));
        }
        return new RegionTable(rows);
    }
}
