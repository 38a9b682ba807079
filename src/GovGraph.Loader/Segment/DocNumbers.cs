using System.Buffers;
using System.Text.RegularExpressions;

namespace GovGraph.Loader.Segment;

/// 发文字号: issuer code + 〔year〕 + serial + 号, printed with 〔〕, [], （）, ［］, 【】 and stray spaces.
public static partial class DocNumbers
{
    /// Matches a document number anywhere in repaired text (brackets already unified to 〔〕 or （）).
    [GeneratedRegex(@"(?<code>[\p{IsCJKUnifiedIdeographs}]{1,14})\s*[〔\[（](?<year>(19|20)\d{2})[〕\]）]\s*第?\s*(?<serial>\d{1,5})\s*号")]
    public static partial Regex Pattern();

    /// Whether <paramref name="text"/> holds what <see cref="Pattern"/> needs, a bracket before a year and 号: a cheap test
    /// that lets paragraphs without a number skip the regex, whose leading run of up to 14 characters starts anywhere.
    public static bool MayHoldNumber(ReadOnlySpan<char> text) => text.Contains('号') && text.IndexOfAny(BracketedYears) >= 0;

    /// Whether <paramref name="text"/> holds the 令 and 号 that <see cref="DecreePattern"/> needs.
    public static bool MayHoldDecree(ReadOnlySpan<char> text) => text.Contains('令') && text.Contains('号');

    static readonly SearchValues<string> BracketedYears = SearchValues.Create(["〔19", "〔20", "[19", "[20", "（19", "（20"], StringComparison.Ordinal);

    /// 国务院令第394号, 省政府令第294号.
    [GeneratedRegex(@"(?<code>[\p{IsCJKUnifiedIdeographs}]{1,10}令)第?\s*(?<serial>\d{1,5})\s*号")]
    public static partial Regex DecreePattern();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,14}\s*[〔\[（](19|20)\d{2}[〕\]）]\s*第?\s*\d{1,5}\s*号$")]
    private static partial Regex Line();

    public static bool IsDocNumberLine(string t) => Line().IsMatch(t);

    /// The issuer code without the words running text puts before it: "按省财政厅晋财农" → "晋财农".
    public static string Code(string run)
    {
        // A one-character word may also start a code (和政办发 is 和X县's), so it only cuts inside the run.
        var cut = CodeBoundary().Matches(run).LastOrDefault(m => m.Length > 1 || m.Index > 0);
        var code = cut is null ? run : run[(cut.Index + cut.Length)..];
        return code.Length > 10 ? code[^10..] : code.Length < 2 ? run : code;
    }

    /// Where a code starts: after a verb or preposition, or after the name of the body that issued it.
    [GeneratedRegex(@"按照|根据|依据|依照|参照|文件|号文|印发|转发|执行|落实|贯彻|按|依|据|及|和|与|的|即|见|经|厅")]
    private static partial Regex CodeBoundary();

    public static string Normalize(string printed)
    {
        var m = Pattern().Match(printed);
        if (m.Success) return $"{Code(m.Groups["code"].Value)}〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["serial"].Value, System.Globalization.CultureInfo.InvariantCulture)}号";
        var d = DecreePattern().Match(printed);
        return d.Success ? $"{d.Groups["code"].Value}第{d.Groups["serial"].Value}号" : printed.Replace(" ", "", StringComparison.Ordinal);
    }
}

/// 《title》 references, nested 《…〈…〉…》 included.
public static class Quotes
{
    public readonly record struct Quoted(string Title, int Start, int End);

    /// Top-level 《…》 spans of <paramref name="text"/>; Start is the 《, End is one past the 》.
    public static List<Quoted> Find(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var result = new List<Quoted>();
        var depth = 0;
        var open = -1;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '《') { if (depth++ == 0) open = i; }
            else if (text[i] == '》' && depth > 0 && --depth == 0)
            {
                var title = text[(open + 1)..i].Trim();
                if (title.Length > 0) result.Add(new Quoted(title, open, i + 1));
            }
            else if (text[i] == '\n') depth = 0;
        }
        return result;
    }

    public static List<string> Titles(string text) => [.. Find(text).Select(q => q.Title)];
}
