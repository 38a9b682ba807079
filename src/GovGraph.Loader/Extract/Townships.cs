using System.Buffers;
using System.Text.RegularExpressions;

namespace GovGraph.Loader.Extract;

public sealed record TownshipMention(int Start, string Name);

/// Names of 乡, 镇 and 街道. A name is accepted where it stands on its own at least once in the file (in a list, a
/// table cell, before 人民政府, a village or 的, after 属/县), then every mention of it is found. Not 乡镇, 城镇, 专业镇,
/// 乡村, nor pieces of other words (乡宁县, 乡政办发, a restaurant called 西北小镇饭店).
public sealed partial class Townships
{
    readonly string[] _names;
    readonly SearchValues<string> _search;

    Townships(string[] names)
    {
        _names = names;
        _search = SearchValues.Create(names, StringComparison.Ordinal);
    }

    public IReadOnlyList<string> Names => _names;

    public static Townships Learn(params string[] texts)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        foreach (var m in Candidates(text))
        {
            var name = StripLeadingWords(m.Groups["name"].Value);
            var stem = name[..^(name.EndsWith("街道", StringComparison.Ordinal) ? 2 : 1)];
            if (stem.Length is >= 2 and <= 4 && !NotAName().IsMatch(stem) && !CommonNoun(name)) names.Add(name);
        }
        // A longer name that only extends a shorter one by a leading word is the shorter one misread ("新增东冶镇").
        var kept = names.Where(n => !names.Any(o => o.Length < n.Length && n.EndsWith(o, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToArray();
        return new Townships(kept);
    }

    /// The matches <c>Candidate().Matches(text)</c> finds, in order. A candidate ends with 镇, 乡 or 街道 two to six
    /// characters after its start, so the regex is tried only at those starts instead of at every character.
    internal static IEnumerable<Match> Candidates(string text)
    {
        var at = 0;
        while (at + 2 < text.Length)
        {
            var suffix = text.AsSpan(at + 2).IndexOfAny(Suffixes);
            if (suffix < 0) yield break;
            suffix += at + 2;
            Match? found = null;
            for (var start = Math.Max(at, suffix - 6); start <= suffix - 2 && found is null; start++)
                if (CandidateAt().Match(text, start) is { Success: true } m) found = m;
            if (found is null) { at = suffix - 1; continue; }
            yield return found;
            at = found.Index + found.Length;
        }
    }

    static readonly SearchValues<char> Suffixes = SearchValues.Create("镇乡街");

    /// Every mention of a learned name in text[from..to), leftmost-longest.
    public List<TownshipMention> Find(string text, int from, int to)
    {
        var result = new List<TownshipMention>();
        var span = text.AsSpan(from, to - from);
        // Every name ends in 镇, 乡 or 街道; that vectorized test spares most paragraphs the search for all names.
        if (_names.Length == 0 || span.IndexOfAny(Suffixes) < 0) return result;
        var at = 0;
        while (at < span.Length)
        {
            var i = span[at..].IndexOfAny(_search);
            if (i < 0) break;
            var start = at + i;
            var name = Longest(text, from + start);
            var before = start > 0 ? span[start - 1] : '\0';
            // "乡宁县" style overlaps: a township name directly followed by 县 or 市 is part of a place name.
            var after = start + name.Length < span.Length ? span[start + name.Length] : '\0';
            if (after is not ('县' or '市' or '区') && !(before == '小' || before == '城')) result.Add(new TownshipMention(from + start, name));
            at = start + name.Length;
        }
        return result;
    }

    string Longest(string text, int at)
    {
        var best = "";
        foreach (var n in _names)
            if (n.Length > best.Length && string.CompareOrdinal(text, at, n, 0, n.Length) == 0) best = n;
        return best;
    }

    /// 乡镇 and 城镇 end common nouns ("加强乡镇", "提升城镇"); a proper name ends so only as X城镇 or X村镇 (台城镇, 陈村镇).
    static bool CommonNoun(string name) =>
        name.EndsWith("乡镇", StringComparison.Ordinal) || name.EndsWith("乡村", StringComparison.Ordinal)
        || (name.EndsWith("城镇", StringComparison.Ordinal) || name.EndsWith("村镇", StringComparison.Ordinal)) && (name.Length != 3 || "域的和在各全本该".Contains(name[0], StringComparison.Ordinal));

    static string StripLeadingWords(string name)
    {
        while (true)
        {
            var m = LeadingWord().Match(name);
            var suffix = name.EndsWith("街道", StringComparison.Ordinal) ? 2 : 1;
            if (!m.Success || name.Length - m.Length - suffix < 2) return name;
            name = name[m.Length..];
        }
    }

    const string CandidatePattern = @"(?<=^|[、，；：。（\s“和及与在县对至到属向\d])(?<name>[\p{IsCJKUnifiedIdeographs}]{2,6}?(镇|乡(?!镇)|街道))(?=[、，；：。）\s”和及与的要在等\d]|率先|开展|推广|试点|人民政府|政府|党委|卫生院|中心校|便民|综合|辖区|境内|管辖|配合|[\p{IsCJKUnifiedIdeographs}]{1,3}村(?![级民委])|$)";

    [GeneratedRegex(CandidatePattern)]
    internal static partial Regex Candidate();

    /// <see cref="Candidate"/> tried at one position only (\G: where the search starts).
    [GeneratedRegex(@"\G" + CandidatePattern)]
    private static partial Regex CandidateAt();

    [GeneratedRegex(@"^(属|新增|完成|建设|位于|包括|涉及|覆盖|灭失|在|对|由|和|及|与|至|到|向|从|将|把|即|其中|以及|所属|其他|全|各|提升|实现|确保|加强|强化|启动|作为|交由|摸清|要将|推进|支持|指导|组织|协调|选择|抓好|重点抓好|充分发挥|发挥|选取|确定|依托)")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"^(各|全|本|该|每|两|三|四|五|六|七|八|九|十|所在|相关|有关|重点|特色|专业|中心|小|城|集|村|建制|示范|乡|镇|等|个|省级|市级|县级|国家级|美丽|文明|卫生|旅游|生态|历史文化|农业|工业|商贸|产业|城关|其他|其余|属地|周边|沿线|涉及|贫困|非|试点|城乡|县城|农村|城市|所辖|辖区|相邻|附近|当地|本地|外地|沿河|山区|平原)$|^(各|全|本|该|每|所在|相关|有关|个别|部分|多个|其他|其余|涉及|覆盖|包括|试点|所辖|辖区|相邻|附近|当地|本地|外地|全县|我县)|(专业|特色|重点|示范|中心|小|集|建制|各|等|个|和|及|与|的|小城|县城|城乡|乡村)$")]
    private static partial Regex NotAName();
}
