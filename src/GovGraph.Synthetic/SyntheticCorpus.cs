using GovGraph.Synthetic.Compose;
using GovGraph.Synthetic.Text;
using GovGraph.Synthetic.Vocabulary;

namespace GovGraph.Synthetic;

/// An invented province with its one-character document code (as 晋 for 山西).
public sealed record Province(string Name, string Code, IReadOnlyList<City> Cities);

/// An invented prefecture-level city (市) and its document code (the first character of its name).
public sealed record City(string Name, string Code, string Province, IReadOnlyList<County> Counties);

/// An invented county (县) with the places the generator names in its gazettes.
/// <paramref name="Stem"/> is the name without 县 where the name has two more characters (平川 of 平川县), else the whole name;
/// it is what 市生态环境局X分局 carries.
public sealed record County(
    string Name, string Stem, string Code, string Pinyin,
    string City, string CityCode, string Province, string ProvinceCode,
    IReadOnlyList<Township> Townships);

/// A township (镇, 乡 or 街道) of a county.
public sealed record Township(string Name, string County);

/// A body the generator names in a county's clauses: its canonical name and every surface form printed for it.
/// Collective units (各乡（镇）人民政府 …) name no single body and are their own canonical name.
public sealed record SyntheticAgency(string Canonical, IReadOnlyList<string> SurfaceForms, bool Collective);

/// The invented geography a seed fixes: provinces → cities → counties → townships.
public sealed class SyntheticCorpus
{
    SyntheticCorpus(int seed, IReadOnlyList<Province> provinces)
    {
        Seed = seed;
        Provinces = provinces;
        Counties = [.. provinces.SelectMany(p => p.Cities).SelectMany(c => c.Counties)];
    }

    public int Seed { get; }

    public IReadOnlyList<Province> Provinces { get; }

    /// Every county, in a fixed order; file i of a corpus is a gazette of county i modulo their number.
    public IReadOnlyList<County> Counties { get; }

    /// The bodies clauses of <paramref name="county"/> name, with the short and older names printed for each:
    /// 县发改局, 县发展和改革局 and 县发展和改革委员会 are one body, 平川县发展和改革局.
    public static IReadOnlyList<SyntheticAgency> AgenciesOf(County county)
    {
        var list = new List<SyntheticAgency>
        {
            new($"{county.City}生态环境局{county.Stem}分局", [$"市生态环境局{county.Stem}分局", $"{county.City}生态环境局{county.Stem}分局"], false),
        };
        foreach (var a in Agencies.All)
            list.Add(new SyntheticAgency(county.Name + a.Full, [.. new[] { a.Full }.Concat(a.Shorts).Concat(a.AltFulls).Select(n => "县" + n)], false));
        foreach (var c in Agencies.Collectives) list.Add(new SyntheticAgency(c, [c], true));
        return list;
    }

    public static SyntheticCorpus Create(int seed)
    {
        var rng = new Rng(seed);
        var codes = new HashSet<string>(Places.Provinces.Select(p => p.Code).Append("国"), StringComparer.Ordinal);
        var countyNames = new HashSet<string>(Places.Reserved, StringComparer.Ordinal);
        var cityNames = new HashSet<string>(["忻州市", "运城市", "长治市", "吕梁市"], StringComparer.Ordinal);
        var provinces = new List<Province>();
        foreach (var (provinceName, provinceCode) in Places.Provinces)
        {
            var cities = new List<City>();
            for (var c = rng.Int(5, 8); c > 0; c--)
            {
                var cityName = rng.CityName();
                for (var tries = 0; (cityNames.Contains(cityName) || !cityName.EndsWith('市') || cityName.Length != 3) && tries < 50; tries++)
                    cityName = rng.CityName();
                if (!cityNames.Add(cityName)) continue;
                var cityCode = Code(cityName[..^1], codes);
                var counties = new List<County>();
                for (var k = rng.Int(4, 7); k > 0; k--)
                {
                    var county = NewCounty(rng, countyNames, codes, cityName, cityCode, provinceName, provinceCode);
                    if (county is not null) counties.Add(county);
                }
                cities.Add(new City(cityName, cityCode, provinceName, counties));
            }
            provinces.Add(new Province(provinceName, provinceCode, cities));
        }
        return new SyntheticCorpus(seed, provinces);
    }

    /// A document code no other place of the corpus uses: the first character of the name, else the second, else both.
    static string Code(string stem, HashSet<string> codes)
    {
        foreach (var candidate in new[] { stem[..1], stem.Length > 1 ? stem[1..2] : stem, stem.Length > 1 ? stem[..2] : stem })
            if (codes.Add(candidate)) return candidate;
        for (var n = 2; ; n++)
            if (codes.Add(stem + Numbers.Chinese(n))) return stem + Numbers.Chinese(n);
    }

    static County? NewCounty(Rng rng, HashSet<string> taken, HashSet<string> codes, string city, string cityCode, string province, string provinceCode)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            string stem, pinyin;
            if (rng.Chance(0.08))
            {
                var single = rng.Pick(Places.CountySingle);
                stem = single.Han;
                pinyin = single.Pinyin + "XIAN";
            }
            else
            {
                var first = rng.Pick(Places.CountyFirst);
                var second = rng.Pick(Places.CountySecond);
                if (first.Han == second.Han) continue;
                stem = first.Han + second.Han;
                pinyin = first.Pinyin + second.Pinyin + "XIAN";
            }
            var name = stem + "县";
            if (city.Contains(stem, StringComparison.Ordinal) || !taken.Add(name)) continue;
            var townships = Townships(rng, name, stem);
            return new County(name, stem.Length >= 2 ? stem : name, Code(stem, codes), pinyin, city, cityCode, province, provinceCode, townships);
        }
        return null;
    }

    static List<Township> Townships(Rng rng, string county, string stem)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Township>();
        var want = rng.Int(8, 16);
        for (var tries = 0; list.Count < want && tries < 200; tries++)
        {
            var roll = rng.Double();
            string name;
            if (roll < 0.08) name = rng.Pick(Places.StreetStems) + "街道";
            else
            {
                var townStem = roll < 0.2
                    ? rng.Pick(Places.TownSurnames) + "家" + rng.Pick(Places.TownSurnameEnds)
                    : rng.Pick(Places.TownFirst) + rng.Pick(Places.TownSecond);
                if (townStem[0] == townStem[1] || townStem.Contains(stem, StringComparison.Ordinal)) continue;
                name = townStem + (rng.Chance(0.35) ? "乡" : "镇");
            }
            if (names.Add(name)) list.Add(new Township(name, county));
        }
        return list;
    }
}
