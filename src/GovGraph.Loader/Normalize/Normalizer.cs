using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace GovGraph.Loader.Normalize;

/// Second stage: repairs what printing and PDF extraction did to a file. Joins lines broken mid-sentence (also in
/// narrow-column layouts with a blank line after every line), keeps paragraph and heading boundaries, repairs each
/// line (<see cref="LineRepair"/>), and drops page numbers, running heads and a gazette's table of contents.
public static partial class Normalizer
{
    public static NormalizedText Normalize(string file, string raw)
    {
        var lines = Lines(raw);
        var keep = Classify(lines);
        var width = WrapWidth(lines, keep);
        var text = new StringBuilder(raw.Length);
        var map = new LineMap();
        string? previous = null;
        // The paragraph being joined, readable as a span (a StringBuilder's indexer walks its chunks).
        var paragraph = new ArrayBufferWriter<char>();

        for (var i = 0; i < lines.Length; i++)
        {
            if (!keep[i]) continue;
            var line = lines[i];
            if (previous is not null && !Joins(paragraph.WrittenSpan, previous, line, width))
            {
                text.Append('\n');
                paragraph.ResetWrittenCount();
            }
            map.Mark(text.Length, i + 1);
            text.Append(line);
            paragraph.Write(line.AsSpan());
            previous = line;
        }
        return new NormalizedText(file, text.ToString(), map);
    }

    static string[] Lines(string raw)
    {
        var lines = raw.Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = LineRepair.Repair(lines[i]);
        return lines;
    }

    /// Which lines carry text: not blank, not a page number, running head, cover transliteration, or table of contents.
    static bool[] Classify(string[] lines)
    {
        var keep = new bool[lines.Length];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in lines)
            if (l.Length is > 0 and <= 40) counts[l] = counts.GetValueOrDefault(l) + 1;

        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            // GazetteName's leading runs backtrack on every line; only a line with 公报 can match.
            keep[i] = l.Length > 0 && !PageNumber().IsMatch(l) && !LatinOnly().IsMatch(l) && !(l.Contains("公报", StringComparison.Ordinal) && GazetteName().IsMatch(l))
                      && !(counts.GetValueOrDefault(l) >= 2 && RunningHead().IsMatch(l));
        }
        DropTableOfContents(lines, keep);
        return keep;
    }

    /// A 目录 lists every title with its page number. Its entries end with a page marker, on their own line or on one of
    /// the next four lines (a title wrapped over lines, then the number); section headers sit between them. The first line that
    /// is none of these starts the documents.
    static void DropTableOfContents(string[] lines, bool[] keep)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (!keep[i] || lines[i] is not ("目录" or "目次")) continue;
            keep[i] = false;
            for (var j = i + 1; j < lines.Length; j++)
            {
                if (!keep[j]) continue;
                if (PageMarker().IsMatch(lines[j]) || SectionHeader(lines[j]) || PageMarkerWithin(lines, keep, j, 4)) keep[j] = false;
                else break;
            }
        }
    }

    static bool SectionHeader(string l) => l.Length <= 12 && !l.Contains('，') && !l.Contains('。') && !l.Contains('：')
                                            && (l.EndsWith("文件", StringComparison.Ordinal) || l.StartsWith('〔') || l.StartsWith('-') || l.EndsWith("文件〕", StringComparison.Ordinal));

    static bool PageMarkerWithin(string[] lines, bool[] keep, int from, int count)
    {
        for (int j = from + 1, seen = 0; j < lines.Length && seen < count; j++)
        {
            if (!keep[j]) continue;
            seen++;
            if (PageMarker().IsMatch(lines[j])) return true;
        }
        return false;
    }

    /// The width (in half-width units) at which a narrow-column layout wraps its lines, or 0 when lines are not wrapped
    /// at a fixed width (one line per paragraph).
    static int WrapWidth(string[] lines, bool[] keep)
    {
        var histogram = new Dictionary<int, int>();
        var total = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!keep[i] || lines[i].Length < 6) continue;
            total++;
            var w = Width(lines[i]);
            histogram[w] = histogram.GetValueOrDefault(w) + 1;
        }
        if (total < 20) return 0;
        var best = 0;
        var bestCount = 0;
        foreach (var w in histogram.Keys)
        {
            var around = histogram.GetValueOrDefault(w) + histogram.GetValueOrDefault(w - 1) + histogram.GetValueOrDefault(w - 2);
            if (around > bestCount) (best, bestCount) = (w, around);
        }
        return bestCount >= total * 0.3 && best <= 80 ? best : 0;
    }

    public static int Width(string s)
    {
        var w = 0;
        foreach (var c in s) w += c < 0x2E80 && !(c >= '\u2000' && c <= '\u206F') ? 1 : 2;
        return w;
    }

    /// Whether <paramref name="next"/> continues the paragraph whose last line is <paramref name="last"/>.
    static bool Joins(ReadOnlySpan<char> paragraph, string last, string next, int wrapWidth)
    {
        if (Standalone(last) || Standalone(next) || StartsStructure(next)) return false;
        if (UnfinishedTitle(paragraph)) return true;
        if (CompleteTitle(next) || IssuerOnly().IsMatch(next)) return false;
        // A bracket left open (a responsibility clause wrapped after "责任单位：") continues on the next line.
        if (OpenBrackets(paragraph) > 0 && !Heading().IsMatch(next)) return true;
        if (OpenQuote(paragraph)) return true;
        var end = last[^1];
        if (end is '。' or '！' or '？' or '；' or '：' or '!' or '?') return false;
        if (end == '）' && ClosesClause(last)) return false;
        if (EndsWithKindWord(last) && !last.Contains('，') && !last.Contains('。')) return false;
        if (StartsStructure(last) && !last.Contains('。') && !OpensWithAgent(last) && (wrapWidth == 0 ? last.Length <= 40 : Width(last) < wrapWidth - 4)) return false;
        // A paragraph's first line is indented by two characters, so it is shorter without ending the paragraph.
        var indent = paragraph.Length == last.Length ? 4 : 0;
        if (wrapWidth > 0 && Width(last) < wrapWidth - 6 - indent && end is not ('，' or '、')) return false;
        return true;
    }

    /// "3. 由各乡（镇）人民政" cut by a page end: a numbered line whose text opens with 由 (the agent of a task) is a
    /// sentence, not a heading, so a short one without its full stop is a broken line, not the end of a paragraph.
    static bool OpensWithAgent(string line)
    {
        var marker = Heading().Match(line);
        return marker.Success && line.AsSpan(marker.Length).TrimStart().StartsWith("由", StringComparison.Ordinal);
    }

    static int OpenBrackets(ReadOnlySpan<char> paragraph)
    {
        var depth = 0;
        for (var i = Math.Max(0, paragraph.Length - 300); i < paragraph.Length; i++)
        {
            if (paragraph[i] == '（') depth++;
            else if (paragraph[i] == '）' && depth > 0) depth--;
        }
        return depth;
    }

    /// A 《title》 is never split between paragraphs.
    static bool OpenQuote(ReadOnlySpan<char> paragraph)
    {
        for (var i = paragraph.Length - 1; i >= Math.Max(0, paragraph.Length - 120); i--)
        {
            if (paragraph[i] == '》') return false;
            if (paragraph[i] == '《') return true;
        }
        return false;
    }

    static bool ClosesClause(string line)
    {
        var open = line.LastIndexOf('（');
        var inside = open >= 0 ? line[open..] : line;
        return inside.Contains("单位", StringComparison.Ordinal) || inside.Contains("牵头", StringComparison.Ordinal)
            || inside.Contains("负责", StringComparison.Ordinal) || inside.Contains("配合", StringComparison.Ordinal)
            || line.EndsWith("。）", StringComparison.Ordinal);
    }

    /// A title head still being printed: "X人民政府" / "关于印发……" lines before the kind word that ends it.
    static bool UnfinishedTitle(ReadOnlySpan<char> p)
    {
        if (p.Length is 0 or > 90) return false;
        if (p.Contains('。') || p.Contains('，') || p.Contains('：')) return false;
        // "关于印发……计划" is not finished until "的通知".
        if (IssuingTitle().IsMatch(p)) return !p.EndsWith("通知", StringComparison.Ordinal);
        if (EndsWithKindWord(p)) return false;
        var about = p.IndexOf("关于", StringComparison.Ordinal);
        return about >= 0 && about <= 40 || IssuerOnly().IsMatch(p);
    }

    /// A whole title head on one line: "X关于……的通知", not a sentence that quotes one.
    static bool CompleteTitle(string l)
    {
        var about = l.IndexOf("关于", StringComparison.Ordinal);
        if (about < 0 || about > 40 || l.Length > 120 || !EndsWithKindWord(l)) return false;
        var quote = l.IndexOf('《');
        return (quote < 0 || quote > about) && !l.Contains('。') && !l.Contains('，');
    }

    public static bool EndsWithKindWord(string s) => KindEnd().IsMatch(s);

    static bool EndsWithKindWord(ReadOnlySpan<char> s) => KindEnd().IsMatch(s);

    /// Lines that are a paragraph of their own: a 发文字号, a date, the publicity mark, an attachment header.
    /// (Each line is tested twice, as the last and the next line: the regexes run only on lines ending as they must.)
    public static bool Standalone(string l) => l.EndsWith('号') && DocNumberLine().IsMatch(l) || l.EndsWith('日') && DateLine().IsMatch(l) || Publicity().IsMatch(l)
                                               || l is "附件" or "附件：" or "目录";

    public static bool StartsStructure(string l) => Heading().IsMatch(l) || l.StartsWith("附件", StringComparison.Ordinal);

    [GeneratedRegex(@"^[-—–－_\s]*(第\s*)?\d{1,4}(\s*页)?[-—–－_\s]*$|^第\s*\d+\s*页\s*(，?\s*共\s*\d+\s*页)?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[A-Z][A-Z\s]{6,}$")]
    private static partial Regex LatinOnly();

    [GeneratedRegex(@"^\d{4}年第\d+期|^第\d+期（总第\d+期）$")]
    private static partial Regex RunningHead();

    /// A gazette's name on its cover and as a running head ("1 / 2019 某县人民政府公报 县政府文件"): never part of a document.
    [GeneratedRegex(@"^[^。，《》；]{0,24}[\p{IsCJKUnifiedIdeographs}]{2,20}公报[^。，《》；]{0,16}$")]
    internal static partial Regex GazetteName();

    [GeneratedRegex(@"(\.{2,}|…+|—{2,}|·{2,})\s*[（(]?\d{1,4}[）)]?$|[（(]\d{1,4}[）)]$|\s\d{1,4}$")]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,12}〔\d{4}〕第?\d+号$")]
    internal static partial Regex DocNumberLine();

    [GeneratedRegex(@"^.{0,30}?[〇○一二三四五六七八九十零\d]{4}年[〇○一二三四五六七八九十\d]{1,2}月[〇○一二三四五六七八九十\d]{1,3}日$")]
    internal static partial Regex DateLine();

    [GeneratedRegex(@"^（此件[^（）]{2,30}）$")]
    private static partial Regex Publicity();

    [GeneratedRegex(@"^(第[一二三四五六七八九十百]+[章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[\.、．](?!\d)|（\d{1,2}）|[①-⑳]|\d{1,2}(\.\d{1,2}){1,3}(?!\d))")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(通知|意见|决定|通告|公告|批复|报告|请示|函|命令|禁令|令|方案|计划|规划|办法|规定|细则|纲要|预案|要点|清单|公示)(（[^（）]{1,20}）)*$")]
    private static partial Regex KindEnd();

    [GeneratedRegex(@"^[^《]{0,40}关于(印发|转发|下发)")]
    private static partial Regex IssuingTitle();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）]{2,30}(人民政府|人民政府办公室|委员会|办公室)$")]
    private static partial Regex IssuerOnly();
}
