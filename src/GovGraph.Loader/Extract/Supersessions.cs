using System.Buffers;
using System.Text.RegularExpressions;
using GovGraph.Loader.Segment;

namespace GovGraph.Loader.Extract;

/// A statement that the document repeals or replaces an older one.
/// Start..End is the sentence; Keyword is where 废止 (or 不再执行…) stands, the line the statement is read at.
public sealed record Supersession(int Start, int End, int Keyword, string? OldTitle, string? OldDocNumber);

/// "……（平政办发〔2014〕84号）同时废止", "原《X》不再执行", "代替《X》": not the 失效 of a certificate nor a 有效期.
public static partial class Supersessions
{
    public static List<Supersession> Find(string text, int from, int to)
    {
        var result = new List<Supersession>();
        if (!MayRepeal(text.AsSpan(from, to - from))) return result;
        foreach (Match m in Repeal().Matches(text[from..to]))
        {
            var sentenceStart = from + m.Index;
            var sentence = m.Value;
            if (NotADocument().IsMatch(sentence)) continue;
            var keyword = Keyword().Match(sentence);
            var before = keyword.Value is "代替" or "取代" ? sentence[keyword.Index..] : sentence[..keyword.Index];
            var titles = Quotes.Titles(before);
            var numbers = DocNumbers.Pattern().Matches(before).Select(x => DocNumbers.Normalize(x.Value)).ToList();
            if (titles.Count == 0 && numbers.Count == 0) continue;
            var count = Math.Max(titles.Count, numbers.Count);
            for (var k = 0; k < count; k++)
                result.Add(new Supersession(sentenceStart, sentenceStart + sentence.Length, sentenceStart + keyword.Index,
                    k < titles.Count ? titles[k] : null, k < numbers.Count ? numbers[k] : null));
        }
        return result;
    }

    /// Whether <paramref name="text"/> holds a word <see cref="Repeal"/> needs; the regex's lazy lead-in starts anywhere.
    internal static bool MayRepeal(ReadOnlySpan<char> text) => text.IndexOfAny(KeywordChars) >= 0 && text.IndexOfAny(Keywords) >= 0;

    // A vectorized search for a character each keyword holds goes first: SearchValues of CJK strings walk a table per character.
    static readonly SearchValues<char> KeywordChars = SearchValues.Create("废执失代");

    static readonly SearchValues<string> Keywords = SearchValues.Create(["废止", "不再执行", "停止执行", "同时失效", "代替", "取代"], StringComparison.Ordinal);

    [GeneratedRegex(@"[^。；\n]*?(同时废止|予以废止|一并废止|废止|不再执行|停止执行|同时失效|代替|取代)[^。；\n]*")]
    internal static partial Regex Repeal();

    [GeneratedRegex(@"同时废止|予以废止|一并废止|废止|不再执行|停止执行|同时失效|代替|取代")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"(证书|证照|许可证|执照|有效期|资格|资质)")]
    private static partial Regex NotADocument();
}
