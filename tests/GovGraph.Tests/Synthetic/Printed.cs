using System.Text;
using System.Text.RegularExpressions;

namespace GovGraph.Tests.Synthetic;

/// Reads generated text the way a person checks a label: go to the line, find the evidence there, follow it across
/// PDF line breaks, blank lines and page furniture.
internal static partial class Printed
{
    public static string[] Lines(string text) => text.Split('\n');

    /// Page numbers ("—— 12", "- 3 -", "7") and running heads (they all name the 公报).
    public static bool IsFurniture(string line) => PageNumber().IsMatch(line) || line.Contains("公报", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*[—–\-·]*\s*\d+\s*[—–\-·]*\s*$")]
    private static partial Regex PageNumber();

    /// Whether the evidence starts somewhere on 1-based line <paramref name="line"/> and runs on over the following lines
    /// (spaces ignored, blank lines and furniture skipped) for its first <paramref name="length"/> characters.
    public static bool StartsOnLine(string[] lines, int line, string evidence, int length = 14, bool numberBrackets = false, bool dropBookBrackets = false)
    {
        if (dropBookBrackets) return StartsOnLine(DropBookBrackets(lines, line), line, evidence, length, numberBrackets);
        if (line < 1 || line > lines.Length) return false;
        var want = Squash(evidence, numberBrackets);
        want = want[..Math.Min(length, want.Length)];
        if (want.Length == 0) return false;
        var here = lines[line - 1];
        for (var p = 0; p < here.Length; p++)
        {
            var first = Squash(here[p].ToString(), numberBrackets);
            if (first.Length == 0 || first[0] != want[0]) continue;
            var candidate = new StringBuilder(Squash(here[p..], numberBrackets));
            for (var next = line; candidate.Length < want.Length && next < lines.Length && next < line + 40; next++)
            {
                var l = lines[next];
                if (l.Trim().Length == 0 || IsFurniture(l)) continue;
                candidate.Append(Squash(l, numberBrackets));
            }
            if (candidate.ToString().StartsWith(want, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// The text of <paramref name="count"/> lines from 1-based <paramref name="line"/> on, spaces and page furniture left out.
    public static string Window(string[] lines, int line, int count) =>
        string.Concat(lines.Skip(line - 1).Take(count).Where(l => !IsFurniture(l)).Select(l => Squash(l)));

    static string[] DropBookBrackets(string[] lines, int line)
    {
        var copy = (string[])lines.Clone();
        for (var i = line - 1; i < Math.Min(copy.Length, line + 40); i++) copy[i] = copy[i].Replace("《", "", StringComparison.Ordinal).Replace("》", "", StringComparison.Ordinal);
        return copy;
    }

    /// Text without whitespace; optionally with the bracket forms 发文字号 are printed in unified to 〔〕.
    public static string Squash(string s, bool numberBrackets = false)
    {
        var o = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) continue;
            o.Append(numberBrackets ? c switch
            {
                '[' or '［' or '【' or '(' or '（' or '〈' => '〔',
                ']' or '］' or '】' or ')' or '）' or '〉' => '〕',
                _ => c,
            } : c);
        }
        return o.ToString();
    }

    /// Undoes a doubled bold heading ("平川县平川县““十四五十四五””…") or returns null when the line is not one.
    public static string? Undouble(string line)
    {
        var s = line.Trim();
        var o = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ')
            {
                i++;
                continue;
            }
            var kind = Kind(s[i]);
            var j = i + 1;
            if (kind == 'p')
            {
                // Punctuation is doubled one mark at a time.
                if (j >= s.Length || s[j] != s[i]) return null;
                o.Append(s[i]);
                i += 2;
                continue;
            }
            while (j < s.Length && Kind(s[j]) == kind) j++;
            var run = s[i..j];
            if (run.Length % 2 != 0 || run[..(run.Length / 2)] != run[(run.Length / 2)..]) return null;
            o.Append(run[..(run.Length / 2)]);
            i = j;
        }
        return o.Length > 0 ? o.ToString() : null;
    }

    static char Kind(char c) => char.IsDigit(c) || c == '.' ? 'd' : char.IsLetter(c) ? 'w' : 'p';
}
