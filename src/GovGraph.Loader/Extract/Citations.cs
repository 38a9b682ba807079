using System.Text.RegularExpressions;
using GovGraph.Loader.Segment;

namespace GovGraph.Loader.Extract;

/// A reference from the text to another document: a 《title》 with or without its 发文字号, or a bare 发文字号.
public sealed record Citation(int Start, int End, string? Title, string? DocNumber, bool IsStandard);

/// Finds citations in a span of text. Abbreviations the text defines ("以下简称《纲要》") resolve to the full title;
/// a plan's references to itself (《规划》, 《方案》) are not citations.
public static partial class Citations
{
    public static List<Citation> Find(string text, int from, int to, Dictionary<string, (string Title, string? Number)> abbreviations)
    {
        var result = new List<Citation>();
        var span = text.AsSpan(from, to - from);
        var covered = new List<(int, int)>();
        foreach (var q in span.Contains('《') ? Quotes.Find(text, from, to) : [])
        {
            var title = q.Title;
            string? number = null;
            var end = q.End;
            var after = AfterQuote().Match(text, q.End);
            if (after.Success && after.Index == q.End && after.Index < to)
            {
                var inside = after.Groups["inside"].Value;
                var dn = DocNumbers.Pattern().Match(inside);
                var decree = DocNumbers.DecreePattern().Match(inside);
                if (dn.Success) number = DocNumbers.Normalize(dn.Value);
                else if (decree.Success) number = DocNumbers.Normalize(decree.Value);
                var abbreviation = Abbreviation().Match(inside);
                if (abbreviation.Success) abbreviations[abbreviation.Groups["short"].Value] = (title, number);
                end = after.Index + after.Length;
            }
            else if (BareNumberAfterQuote().Match(text, q.End) is { Success: true } bare && bare.Index == q.End && bare.Index + bare.Length <= to)
            {
                // "《X》金政发〔2016〕102号同时废止": the number printed right after the title, without brackets.
                number = DocNumbers.Normalize(bare.Value);
                end = bare.Index + bare.Length;
            }
            covered.Add((q.Start, end));
            if (abbreviations.TryGetValue(title, out var full))
            {
                result.Add(new Citation(q.Start, end, full.Title, full.Number ?? number, false));
                continue;
            }
            if (SelfReference(title) || NotADocument().IsMatch(title)) continue;
            result.Add(new Citation(q.Start, end, title, number, Standard().IsMatch(title)));
        }
        if (DocNumbers.MayHoldNumber(span)) AddBareNumbers(DocNumbers.Pattern(), span, from, covered, result);
        if (DocNumbers.MayHoldDecree(span)) AddBareNumbers(DocNumbers.DecreePattern(), span, from, covered, result);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    static void AddBareNumbers(Regex pattern, ReadOnlySpan<char> span, int from, List<(int, int)> covered, List<Citation> result)
    {
        foreach (var m in pattern.EnumerateMatches(span))
        {
            var start = from + m.Index;
            if (covered.Any(c => start >= c.Item1 && start < c.Item2)) continue;
            result.Add(new Citation(start, start + m.Length, null, DocNumbers.Normalize(span.Slice(m.Index, m.Length).ToString()), false));
        }
    }

    /// 《规划》, 《方案》, 本《办法》: a document naming itself by its kind.
    static bool SelfReference(string title) => title.Length <= 4 && GenericKind().IsMatch(title);

    public static string Kind(string title)
    {
        if (Standard().IsMatch(title)) return "standard";
        var m = KindWord().Match(title);
        if (!m.Success) return "other";
        return m.Groups["w"].Value switch
        {
            "法" => "law",
            "条例" or "办法" or "规定" or "细则" or "规则" => "regulation",
            "规划" or "方案" or "计划" or "纲要" or "预案" or "要点" => "plan",
            "通知" or "通报" or "函" or "批复" => "notice",
            "意见" => "opinion",
            "决定" or "决议" or "令" => "decision",
            "通告" or "公告" => "announcement",
            "标准" or "规范" => "standard",
            _ => "other",
        };
    }

    [GeneratedRegex(@"\G（(?<inside>[^（）]{0,80}(（[^（）]{0,20}）[^（）]{0,40})?)）")]
    private static partial Regex AfterQuote();

    [GeneratedRegex(@"\G\s?[\p{IsCJKUnifiedIdeographs}]{1,8}〔(19|20)\d{2}〕第?\d{1,5}号")]
    private static partial Regex BareNumberAfterQuote();

    [GeneratedRegex(@"以下简称《(?<short>[^》]{1,20})》")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^(本)?(规划|方案|计划|办法|意见|通知|纲要|预案|细则|规定|决定|条例|实施方案|工作方案|行动计划|标准|清单)$")]
    private static partial Regex GenericKind();

    /// Forms, certificates and agreements named in 《》 are not documents one follows.
    [GeneratedRegex(@"(证|书|卡|表|(?<!清)单|协议|合同|承诺书|告知书|报|杂志|日报|手册)$")]
    private static partial Regex NotADocument();

    [GeneratedRegex(@"^(GB|GB/T|GBZ|HJ|HJ/T|DB\d{0,2}|DB\d{2}/T|WS/T|JGJ|CJJ|SL|NY/T|LY/T|AQ)\s*/?\s*[\d.]+([-—－]\d{2,4})?$|标准$|规范$|技术要求$|技术指南$")]
    private static partial Regex Standard();

    [GeneratedRegex(@"(?<w>法|条例|办法|规定|细则|规则|规划|方案|计划|纲要|预案|要点|通知|通报|函|批复|意见|决定|决议|令|通告|公告|标准|规范)(（[^（）]*）)?(〉)?$")]
    private static partial Regex KindWord();
}
