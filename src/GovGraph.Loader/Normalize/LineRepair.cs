using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace GovGraph.Loader.Normalize;

/// Repairs within one line: unified punctuation, spaces that PDF extraction put inside words and numbers,
/// and bold headings whose every run was doubled.
public static partial class LineRepair
{
    /// Full-width forms for the punctuation that matching depends on; 〈〉 are printed for （） in unit names.
    static char Unify(char c) => c switch
    {
        '(' => '（',
        ')' => '）',
        '〈' => '（',
        '〉' => '）',
        '﹙' => '（',
        '﹚' => '）',
        ':' => '：',
        ';' => '；',
        '［' or '【' => '〔',
        '］' or '】' => '〕',
        '\u3000' or '\t' or '\u00A0' => ' ',
        _ => c,
    };

    public static string Repair(string line)
    {
        var text = DropInnerSpaces(CommasBetweenCjk(UnifyAll(line).Trim()));
        // The year-bracket regex looks behind at every bracket; it can only match before a 号.
        if (text.Contains('号')) text = YearBrackets().Replace(text, "〔$1〕");
        return Undouble(text) ?? text;
    }

    static string UnifyAll(string line)
    {
        // Most lines hold nothing to unify: no copy for them.
        if (line.AsSpan().IndexOfAny(Unified) < 0) return line;
        var unified = new StringBuilder(line.Length);
        var titleDepth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            // Inside 《》, 〈〉 quote a title ("《山西省实施〈无障碍环境建设条例〉办法》"); elsewhere they stand for （）.
            // A title may have opened on an earlier line: a 》 ahead, before any 《, says so.
            if (c == '《') titleDepth++;
            else if (c == '》' && titleDepth > 0) titleDepth--;
            var inTitle = titleDepth > 0 || c is '〈' or '〉' && ClosesTitleLater(line, i);
            unified.Append(inTitle && c is '〈' or '〉' ? c : Unify(c));
        }
        return unified.ToString();
    }

    /// The characters <see cref="Unify"/> changes.
    static readonly SearchValues<char> Unified = SearchValues.Create("()〈〉﹙﹚:;［【］】\u3000\t\u00A0");

    public static bool IsCjk(char c) => c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';

    /// Full-width punctuation and brackets used in Chinese text.
    public static bool IsCjkPunct(char c) => c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFF65' || c is '“' or '”' or '‘' or '’' or '…' or '—' or '·';

    static bool IsCjkLike(char c) => IsCjk(c) || IsCjkPunct(c);

    /// Spaces between Chinese characters, or between a number and Chinese, carry no meaning in printed documents:
    /// they come from justified PDF lines ("13 号", "通 知", "2023 年第 1 期").
    static string DropInnerSpaces(string s)
    {
        if (s.IndexOf(' ') < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != ' ') { sb.Append(s[i]); continue; }
            var j = i;
            while (j < s.Length && s[j] == ' ') j++;
            var before = sb.Length > 0 ? sb[^1] : '\0';
            var after = j < s.Length ? s[j] : '\0';
            var drop = before != '\0' && after != '\0' &&
                       (IsCjkLike(before) && IsCjkLike(after) ||
                        IsCjkLike(before) && char.IsAsciiDigit(after) ||
                        char.IsAsciiDigit(before) && IsCjkLike(after) ||
                        (before is '〔' or '（') || (after is '〕' or '）' or '号'));
            if (!drop) sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }

    /// A half-width comma between Chinese characters is a 逗号 typed on the wrong keyboard.
    static string CommasBetweenCjk(string s)
    {
        if (s.IndexOf(',') < 0) return s;
        var chars = s.ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
            if (chars[i] == ',' && !(char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1])) && (IsCjkLike(chars[i - 1]) || IsCjkLike(NextNonSpace(chars, i + 1))))
                chars[i] = '，';
        if (chars.Length > 1 && chars[^1] == ',' && IsCjkLike(chars[^2])) chars[^1] = '，';
        return new string(chars);
    }

    static bool ClosesTitleLater(string line, int from)
    {
        var next = line.IndexOfAny(['《', '》'], from);
        return next >= 0 && line[next] == '》';
    }

    static char NextNonSpace(char[] chars, int from)
    {
        while (from < chars.Length && chars[from] == ' ') from++;
        return from < chars.Length ? chars[from] : '\0';
    }

    /// The year of a 发文字号 printed in [], （）, ［］ or 【】: "晋政办发[2017]133号" → "晋政办发〔2017〕133号".
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}]\s?)[\[（〔]\s*((?:19|20)\d{2})\s*[\]）〕](?=\s*第?\s*\d{1,5}\s*号)")]
    internal static partial Regex YearBrackets();

    /// "平顺县平顺县““十四五十四五””规划规划" → "平顺县“十四五”规划": when the whole line splits into runs that each
    /// appear twice in a row, it is a heading whose runs were extracted twice. Null when the line is not doubled.
    public static string? Undouble(string s)
    {
        if (s.Length < 6 || s.Length > 400 || s.Length % 2 != 0) return null;
        var result = new StringBuilder(s.Length / 2);
        var longRuns = 0;
        return Split(0) && longRuns > 0 ? result.ToString() : null;

        bool Split(int i)
        {
            if (i == s.Length) return true;
            for (var k = 1; i + 2 * k <= s.Length && k <= 40; k++)
            {
                if (string.CompareOrdinal(s, i, s, i + k, k) != 0) continue;
                var mark = result.Length;
                result.Append(s, i, k);
                if (k >= 2) longRuns++;
                if (Split(i + 2 * k)) return true;
                if (k >= 2) longRuns--;
                result.Length = mark;
            }
            return false;
        }
    }
}
