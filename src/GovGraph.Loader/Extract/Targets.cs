using System.Buffers;
using System.Text.RegularExpressions;

namespace GovGraph.Loader.Extract;

/// A quantitative goal: metric, comparator, value, unit, and the year it is due.
public sealed record TargetFact(int Start, int End, string Metric, string Comparator, string Value, string Unit, string? Deadline, string Text);

/// "到2025年，……达到75%以上", "PM2.5浓度控制在35微克/立方米以下", "完成……公顷". A goal needs a verb of reaching,
/// a number with a unit and a time; thresholds of eligibility ("35蒸吨/小时以下") and past results are not goals.
public static partial class Targets
{
    public static List<TargetFact> Find(string text, int from, int to, string? defaultYear)
    {
        var result = new List<TargetFact>();
        if (!HasDigit(text.AsSpan(from, to - from))) return result;
        var paragraph = text.AsSpan(from, to - from);
        foreach (var sentence in Sentence().EnumerateMatches(paragraph))
        {
            if (!HasDigit(paragraph.Slice(sentence.Index, sentence.Length))) continue;
            var s = paragraph.Slice(sentence.Index, sentence.Length).ToString();
            if (Past().IsMatch(s)) continue;
            var year = Deadline().Match(s);
            var deadline = year.Success ? year.Groups["y"].Value : defaultYear;
            var goal = year.Success || GoalWord().IsMatch(s);
            var found = new List<int>();
            foreach (Match m in Goal().Matches(s))
            {
                var metric = Metric(s[..m.Index]);
                // Without a time or a word of aim, only a rate ("运行率达80%以上") reads as a goal.
                if (!goal && !(Ratio().IsMatch(metric) && m.Groups["unit"].Value is "%" or "％")) continue;
                if (metric.Length < 2 || Threshold().IsMatch(metric) || Threshold().IsMatch(s) || LooksLikeYear(m)) continue;
                var start = from + sentence.Index + m.Index;
                found.Add(m.Groups["value"].Index);
                result.Add(new TargetFact(start, start + m.Length, metric, Comparator(m.Groups["verb"].Value, m.Groups["bound"].Value),
                    m.Groups["value"].Value, m.Groups["unit"].Value, deadline, s.Trim()));
            }
            // "到2025年，全县建成高标准农田5.59万亩": a verb of building, its object, then the number; only with a deadline.
            if (!year.Success) continue;
            foreach (Match m in Build().Matches(s))
            {
                if (found.Contains(m.Groups["value"].Index) || Threshold().IsMatch(s) || LooksLikeYear(m)) continue;
                var start = from + sentence.Index + m.Index;
                result.Add(new TargetFact(start, start + m.Length, m.Groups["metric"].Value.Trim(), "=", m.Groups["value"].Value,
                    m.Groups["unit"].Value, deadline, s.Trim()));
            }
        }
        return result;
    }

    /// Every goal (<see cref="Goal"/>, <see cref="Build"/>) has a number; sentences without a digit skip the regexes.
    /// \d is any Unicode decimal digit, not only 0–9: ０–９, and others that all lie in <see cref="OtherDigitRanges"/>, scripts
    /// Chinese text does not use; vectorized range tests go first, the exact set of ~650 characters is searched only after them.
    internal static bool HasDigit(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('0', '9') >= 0 || text.IndexOfAnyInRange('０', '９') >= 0
        || (text.IndexOfAnyInRange(OtherDigitRanges[0].From, OtherDigitRanges[0].To) >= 0 || text.IndexOfAnyInRange(OtherDigitRanges[1].From, OtherDigitRanges[1].To) >= 0)
           && text.IndexOfAny(Digits) >= 0;

    internal static readonly (char From, char To)[] OtherDigitRanges = [('\u0660', '\u1C59'), ('\uA620', '\uABF9')];

    static readonly SearchValues<char> Digits = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    /// The words before the verb, back to the previous comma or clause start: "空气质量优良天数比例".
    static string Metric(string before)
    {
        var cut = before.LastIndexOfAny(['，', '；', '、', '：', '。']);
        var metric = before[(cut + 1)..].Trim();
        metric = LeadingTime().Replace(metric, "");
        return metric.Length > 40 ? metric[^40..] : metric;
    }

    static bool LooksLikeYear(Match m) => m.Groups["unit"].Value.Length == 0 || m.Groups["value"].Value.Length == 4 && m.Groups["value"].Value.StartsWith("20", StringComparison.Ordinal) && m.Groups["unit"].Value == "年";

    static string Comparator(string verb, string bound) => (verb, bound) switch
    {
        (_, "以上" or "以上。") => "≥",
        (_, "以下" or "以内") => "≤",
        ("不低于" or "不少于" or "超过" or "突破", _) => "≥",
        ("控制在" or "不高于" or "不超过" or "低于", _) => "≤",
        ("下降" or "降低" or "减少" or "削减" or "压减", _) => "reduce-by",
        ("增长" or "提高" or "提升" or "增加", _) => "increase-by",
        _ => "=",
    };

    [GeneratedRegex(@"[^。；！\n]+[。；！]?")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"(?<verb>达到|提高到|提升到|提高至|提升至|增加到|增长到|降低到|降至|降到|下降到|控制在|保持在|稳定在|不低于|不少于|不高于|不超过|低于|超过|突破|完成|下降|降低|减少|削减|压减|增长|提高|提升|增加|达)(?<value>\d+(\.\d+)?)\s*(?<unit>%|％|个百分点|万亩|亩|万公顷|公顷|微克/立方米|毫克/升|万吨标准煤|万吨|吨|万千瓦|千瓦|万人次|万人|人|个|家|户|座|处|所|公里|千米|米|天|小时|亿元|万元|元|辆|台|套|项|条|张|平方米|万平方米|立方米|万立方米|株|万株|场|次|册|床)(?<bound>以上|以下|以内|左右)?")]
    internal static partial Regex Goal();

    [GeneratedRegex(@"(建成|新建|新增|打造|培育|创建|建设|安装|改造|治理|完成)(?<metric>[^，。；、\d（]{2,20}?)(?<value>\d+(\.\d+)?)\s*(?<unit>%|％|万亩|亩|公顷|万吨|吨|万千瓦|千瓦|个|家|户|座|处|所|公里|千米|万平方米|平方米|万m²|m²|条|项|台|套|辆|人|名)(?<bound>以上|以下|以内|左右)?")]
    internal static partial Regex Build();


    [GeneratedRegex(@"(到|至|截至|截止|力争|确保)?(?<y>20\d{2})年(底|末|前|年底前)?")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(率|比例|比重|占比)$")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"目标|指标|力争|确保|到20\d{2}|控制在")]
    private static partial Regex GoalWord();

    [GeneratedRegex(@"(十三五|“十三五”|以来|已经|已完成|累计完成|完成了|达到了|同比|较上年|比上年|去年|上年)")]
    private static partial Regex Past();

    [GeneratedRegex(@"蒸吨|符合|条件|申报|申请|补助|补贴|奖励|资金|经费|投资|预算|标准为|每人|每户|每亩|不超过\d|年龄|面积在|备案|之日起|绿地率")]
    private static partial Regex Threshold();

    [GeneratedRegex(@"^(到|至|力争|确保)?(20\d{2}年)?(底|末|前)?[，,]?(全县|全市|我县|全省)?")]
    private static partial Regex LeadingTime();
}
