using System.Buffers;
using System.Text.RegularExpressions;

namespace GovGraph.Loader.Extract;

/// What a responsibility clause says of one unit.
public enum Duty { Lead, Cooperate, Responsible }

/// A document's own rule for clauses that list units without saying who leads:
/// "排在第一位的部门为牵头部门" (the first unit) or "第一个逗号前为牵头单位" (the units before the first comma).
public enum LeadRule { None, FirstUnit, BeforeFirstComma }

/// One unit named in a responsibility clause: its duty, the role word printed, and its name as written.
public sealed record UnitMention(Duty Duty, string Role, string Surface);

/// A responsibility clause ("（牵头单位：…；配合单位：…）", "（A牵头，B配合）", "由A负责"…) at [Start, End) of the text.
public sealed record ResponsibilityClause(int Start, int End, IReadOnlyList<UnitMention> Units)
{
    public bool HasLead => Units.Any(u => u.Duty == Duty.Lead);
}

/// Finds responsibility clauses in a paragraph. A clause is accepted only when its role words attach to names that
/// look like units, so prose such as "负责人", "负责解释" or a duty description is not taken for one.
public static partial class Responsibilities
{
    public static List<ResponsibilityClause> Find(string text, int from, int to, LeadRule rule = LeadRule.None)
    {
        var result = new List<ResponsibilityClause>();
        var span = text.AsSpan(from, to - from);
        foreach (var (start, end) in Brackets(text, from, to))
        {
            // Without the document's rule a clause needs a role word; most brackets are notes, numbers or names.
            if (rule == LeadRule.None && !MayNameRoles(text.AsSpan(start + 1, end - 1 - (start + 1)))) continue;
            var clause = Parse(text[(start + 1)..(end - 1)], rule);
            if (clause is not null) result.Add(new ResponsibilityClause(start, end, clause));
        }
        if (MayHoldLabelled(span))
        {
            foreach (var m in Labelled().EnumerateMatches(span))
            {
                var start = from + m.Index;
                if (result.Any(c => start >= c.Start && start < c.End)) continue;
                var clause = Parse(span.Slice(m.Index, m.Length).ToString(), rule);
                if (clause is not null) result.Add(new ResponsibilityClause(start, start + m.Length, clause));
            }
        }
        if (!MayHoldByUnit(span)) return Sorted(result);
        foreach (Match m in ByUnit().Matches(text[from..to]))
        {
            var start = from + m.Index;
            if (result.Any(c => start >= c.Start && start < c.End)) continue;
            if (Names(m.Groups["lead"].Value) is not { Count: > 0 } leads) continue;
            var verb = m.Groups["verb"].Value;
            var units = leads.Select(n => new UnitMention(verb == "牵头" ? Duty.Lead : Duty.Responsible, verb, n)).ToList();
            var end = start + m.Length;
            if (m.Groups["coop"].Success && Names(m.Groups["coop"].Value) is { Count: > 0 } cooperating)
            {
                units.AddRange(cooperating.Select(n => new UnitMention(Duty.Cooperate, m.Groups["cverb"].Value, n)));
                end = from + m.Groups["cverb"].Index + m.Groups["cverb"].Length;
            }
            result.Add(new ResponsibilityClause(start, end, units));
        }
        return Sorted(result);
    }

    static List<ResponsibilityClause> Sorted(List<ResponsibilityClause> result)
    {
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// Whether a bracket's body holds a word without which <see cref="Parse"/> finds no clause under no rule: a label
    /// (<see cref="LabelWord"/> ends in 单位, 部门 or is 牵头领导) or a verb that makes a unit lead or responsible.
    internal static bool MayNameRoles(ReadOnlySpan<char> body) => body.IndexOfAny(RoleChars) >= 0 && body.IndexOfAny(RoleWords) >= 0;

    // Characters that each word holds, searched first and vectorized: SearchValues of CJK strings walk a table per character.
    static readonly SearchValues<char> RoleChars = SearchValues.Create("位部牵负抓织");
    static readonly SearchValues<char> LabelChars = SearchValues.Create("牵责配组");

    static readonly SearchValues<string> RoleWords = SearchValues.Create(["单位", "部门", "牵头", "负", "主抓", "组织实施"], StringComparison.Ordinal);

    /// Whether <paramref name="text"/> holds the label <see cref="Labelled"/> starts with.
    internal static bool MayHoldLabelled(ReadOnlySpan<char> text) =>
        text.IndexOfAny(LabelChars) >= 0 && (text.Contains("单位", StringComparison.Ordinal) || text.Contains("部门", StringComparison.Ordinal)) && text.IndexOfAny(Labels) >= 0;

    /// Whether <paramref name="text"/> holds the 由 and the verb <see cref="ByUnit"/> needs; its lazy run after 由 is costly.
    internal static bool MayHoldByUnit(ReadOnlySpan<char> text) => text.Contains('由') && text.IndexOfAny(ByUnitVerbs) >= 0;

    static readonly SearchValues<string> Labels = SearchValues.Create(["牵头单位", "牵头部门", "责任单位", "责任部门", "配合单位", "配合部门", "组成单位", "组成部门"], StringComparison.Ordinal);

    static readonly SearchValues<string> ByUnitVerbs = SearchValues.Create(["牵头", "负责", "组织实施"], StringComparison.Ordinal);

    /// Top-level （…） spans; an unclosed bracket runs to the end of the paragraph.
    static IEnumerable<(int Start, int End)> Brackets(string text, int from, int to)
    {
        var depth = 0;
        var open = -1;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '（') { if (depth++ == 0) open = i; }
            else if (text[i] == '）' && depth > 0 && --depth == 0) yield return (open, i + 1);
        }
        if (depth > 0 && open >= 0) yield return (open, to + 1 > text.Length ? to : to + 1);
    }

    internal static List<UnitMention>? Parse(string body, LeadRule rule)
    {
        body = body.Trim().TrimEnd('）');
        if (body.Length < 3 || body.Length > 600) return null;
        var cut = NotListedAgain().Match(body);
        if (cut.Success) body = body[..cut.Index];
        if (rule != LeadRule.None && ByRule(body, rule) is { Count: > 0 } ruled) return ruled;
        var units = LabelWord().IsMatch(body) ? ParseLabelled(body) : ParseUnlabelled(body);
        return units is { Count: > 0 } ? units : null;
    }

    /// A list that names no lead ("（A、B，C）", "（责任单位：A、B，C）", "（A、B按职责分工负责）") under the document's own rule.
    static List<UnitMention>? ByRule(string body, LeadRule rule)
    {
        var label = LabelWord().Match(body);
        var role = "排序";
        if (label.Success)
        {
            if (label.Index > 0 || LabelWord().Count(body) > 1 || label.Groups["role"].Value is not ("责任单位" or "责任部门")) return null;
            role = label.Groups["role"].Value;
            body = body[label.Length..];
        }
        var tail = RoleTail().Match(body.TrimEnd('。', ' '));
        if (tail.Success)
        {
            if (tail.Groups["verb"].Value is not ("负责" or "落实" or "实施" or "组织实施")) return null;
            body = body[..tail.Index];
        }
        if (body.Contains("牵头", StringComparison.Ordinal) || body.Contains("配合", StringComparison.Ordinal)) return null;
        var units = new List<UnitMention>();
        var group = 0;
        foreach (var part in Parts(body))
        {
            if (Names(part) is not { Count: > 0 } names) return null;
            foreach (var name in names)
            {
                var lead = rule == LeadRule.FirstUnit ? units.Count == 0 : group == 0;
                units.Add(new UnitMention(lead ? Duty.Lead : Duty.Cooperate, role, name));
            }
            group++;
        }
        return units;
    }

    static List<UnitMention>? ParseLabelled(string body)
    {
        var labels = LabelWord().Matches(body);
        if (labels[0].Index > 0 && body[..labels[0].Index].Trim('，', '；', ' ').Length > 0) return null;
        var units = new List<UnitMention>();
        for (var k = 0; k < labels.Count; k++)
        {
            var label = labels[k];
            var end = k + 1 < labels.Count ? labels[k + 1].Index : body.Length;
            var role = label.Groups["role"].Value;
            var duty = role switch
            {
                "牵头单位" or "牵头部门" or "主责单位" or "主责部门" or "牵头领导" => Duty.Lead,
                "责任单位" or "责任部门" or "实施单位" or "落实单位" => Duty.Responsible,
                _ => Duty.Cooperate,
            };
            // "责任单位：A、B按职责分工负责，配合单位：C": the role words after the list repeat the label.
            var segment = body[(label.Index + label.Length)..end];
            // "组成单位：A、B主要职责：…": a working group's duties follow its members with no stop between.
            if (DutiesLabel().Match(segment) is { Success: true } duties) segment = segment[..duties.Index];
            segment = segment.Trim().TrimEnd('，', '；', '。', ' ');
            var tail = RoleTail().Match(segment);
            var names = Names(tail.Success && tail.Index > 0 ? segment[..tail.Index] : segment);
            if (names is null) return null;
            units.AddRange(names.Select(n => new UnitMention(duty, role, n)));
        }
        return units;
    }

    /// "A、B牵头，C、D等部门按职责分工负责", "A牵头，B配合", "A负责，B配合", "A、B按职责分工负责".
    static List<UnitMention>? ParseUnlabelled(string body)
    {
        var units = new List<UnitMention>();
        var pending = new List<string>();
        foreach (var raw in Parts(body))
        {
            var part = raw.TrimEnd('。', ' ');
            var m = RoleTail().Match(part);
            var names = Names(m.Success ? part[..m.Index] : part);
            if (names is null || names.Count == 0 && !m.Success) return null;
            if (!m.Success)
            {
                // "（A、B，C牵头）", "（A负责，B）": a list without its own verb shares the next verb, else the last one.
                pending.AddRange(names);
                continue;
            }
            var verb = m.Groups["verb"].Value;
            var hasLead = units.Any(u => u.Duty == Duty.Lead);
            var duty = verb switch
            {
                "牵头" => Duty.Lead,
                "负责" or "负总责" or "主抓" or "主责" or "组织实施" => hasLead ? Duty.Cooperate : Duty.Responsible,
                _ => Duty.Cooperate,
            };
            units.AddRange(pending.Concat(names).Select(n => new UnitMention(duty, verb, n)));
            pending.Clear();
        }
        if (pending.Count > 0 && units.Count > 0) units.AddRange(pending.Select(n => units[^1] with { Surface = n }));
        if (units.Count == 0 || units.All(u => u.Duty == Duty.Cooperate)) return null;
        return units;
    }

    /// Splits at top-level "，" and "；" (not inside a name's own brackets).
    static List<string> Parts(string body)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '（') depth++;
            else if (c == '）') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is '，' or '；' or ',' || c == '、' && AfterVerb().IsMatch(body.AsSpan(start, i - start).ToString())))
            {
                if (i > start) parts.Add(body[start..i].Trim());
                start = i + 1;
            }
        }
        if (start < body.Length) parts.Add(body[start..].Trim());
        return [.. parts.Where(p => p.Length > 0)];
    }

    /// The unit names of a list, as written; null when something in it is not a unit name.
    public static List<string>? Names(string list)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        list = list.Trim().TrimEnd('。', '，', '；', ' ');
        for (var i = 0; i <= list.Length; i++)
        {
            var c = i < list.Length ? list[i] : '、';
            if (c == '（') depth++;
            else if (c == '）') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '、' or '，' or '；' or ',' or '/' or '／')
            {
                var name = Clean(list[start..i]);
                if (name.Length > 0)
                {
                    // "县公安局及相关乡（镇）人民政府" reads as one unit by its ending; a conjunction whose both sides are units
                    // joins two names ("县住房和城乡建设局" is not split: "县住房" is no unit).
                    if (SplitConjunction(name) is { } joined) names.AddRange(joined);
                    else if (Agencies.LooksLikeUnit(name) && !name.Contains("等部门和", StringComparison.Ordinal)) names.Add(name);
                    else if (SplitConjunction(name) is { } parts) names.AddRange(parts);
                    else return null;
                }
                start = i + 1;
            }
        }
        return names;
    }

    /// "县小企业发展促进中心等部门和各乡（镇）人民政府": two units joined by 和, 及 or 以及, each a unit on its own.
    static List<string>? SplitConjunction(string name)
    {
        foreach (Match m in Conjunction().Matches(name))
        {
            var left = Clean(name[..m.Index]);
            var right = Clean(name[(m.Index + m.Length)..]);
            if (Agencies.LooksLikeUnit(left) && Agencies.LooksLikeUnit(right)) return [left, right];
        }
        return null;
    }

    static string Clean(string name)
    {
        name = name.Trim(' ', '“', '”');
        name = TrailingEtc().Replace(name, "");
        return name.Trim();
    }

    [GeneratedRegex(@"(?<role>(牵头|责任|配合|参与|协同|协办|组成|主责|协助|实施|落实|参加)(单位|部门)|牵头领导)\s*[：:]\s*")]
    private static partial Regex LabelWord();

    /// A labelled clause printed without brackets: "牵头单位：县发改局；配合单位：县工信局、县能源局。", or a line of its
    /// own under a task or working group ("组成单位：县公安局、县气象局及相关乡（镇）人民政府"); 乡（镇） is part of a name.
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(牵头|责任|配合|组成)(单位|部门)[：:](?:[^。\n（]|（镇）){2,300}?(?=。|$|\n)")]
    internal static partial Regex Labelled();

    /// "由A牵头，B配合" / "由A负责" inside running text.
    [GeneratedRegex(@"由(?<lead>[^。；，由]{2,80}?)(按职能分工|按职责分工)?(?<verb>牵头|负责|组织实施)(?!人|同志|解释|解读)(组织实施|组织)?([，,](?<coop>[^。；]{2,100}?)(依职责|按职责|积极)?(?<cverb>配合|参与|协同|协助|负责|组织实施)(?=[，。；、的]|$))?")]
    internal static partial Regex ByUnit();

    [GeneratedRegex(@"((按照?|根据|依据|依照|依)(各自)?(职责|职能)(分工)?)?(各司其职|共同|分别|具体|积极)?(?<verb>牵头|负总责|负责落实|负责|配合|参与|协同|协助|协办|落实|组织实施|实施|主抓)(落实|实施|推进|组织实施)?([^，；、（）]{1,14}工作)?$")]
    private static partial Regex RoleTail();

    [GeneratedRegex(@"(主要|工作|具体)?(职责|任务)[：:]")]
    private static partial Regex DutiesLabel();

    [GeneratedRegex(@"(牵头|配合|负责|参与|协同|协助)$")]
    private static partial Regex AfterVerb();

    [GeneratedRegex(@"等?(部门|单位)?(和|及|以及|与)")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"等(有关|相关|各)?(部门|单位|县直部门)?$")]
    private static partial Regex TrailingEtc();

    /// "以下均需……负责落实，不再列出": a note that applies to later tasks, not part of this clause.
    [GeneratedRegex(@"[，；]?以下(均|都)?(需|由).*$")]
    private static partial Regex NotListedAgain();
}
