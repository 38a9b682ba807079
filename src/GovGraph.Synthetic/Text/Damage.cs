using System.Text;

namespace GovGraph.Synthetic.Text;

/// Prints a paragraph's canonical text with its character-level damage, moving every span to its printed place.
internal static class Damage
{
    public static void Print(Para para, Rng rng)
    {
        var s = para.Canonical;
        if (para.Doubled)
        {
            if (para.Spans.Count > 0) throw new InvalidOperationException("A doubled heading cannot carry facts: their printed form would be lost.");
            para.Printed = Double(s);
            return;
        }
        if (!para.HalfWidth && !para.Angle && para.DigitSpaces <= 0)
        {
            para.Printed = s;
            foreach (var span in para.Spans) span.Printed = s[span.Start..span.End];
            return;
        }

        var protect = new bool[s.Length];
        foreach (var span in para.Spans)
            if (span.Protect)
                for (var i = span.Start; i < span.End; i++) protect[i] = true;

        var o = new StringBuilder(s.Length + 16);
        var start = new int[s.Length + 1];
        var end = new int[s.Length + 1];
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (para.DigitSpaces > 0 && i > 0 && !protect[i] && !protect[i - 1] && DigitBoundary(s[i - 1], c) && rng.Chance(para.DigitSpaces))
                o.Append(' ');
            start[i] = o.Length;
            switch (c)
            {
                case '（':
                    depth++;
                    o.Append(para.Angle && depth >= 2 ? '〈' : para.HalfWidth ? '(' : c);
                    break;
                case '）':
                    o.Append(para.Angle && depth >= 2 ? '〉' : para.HalfWidth ? ')' : c);
                    depth = Math.Max(0, depth - 1);
                    break;
                case '，' when para.HalfWidth:
                    o.Append(rng.Chance(0.4) ? ", " : ",");
                    break;
                case '：' when para.HalfWidth:
                    o.Append(rng.Chance(0.5) ? ": " : ":");
                    break;
                case '；' when para.HalfWidth:
                    o.Append(';');
                    break;
                default:
                    o.Append(c);
                    break;
            }
            end[i] = o.Length;
        }
        start[s.Length] = end[s.Length] = o.Length;
        para.Printed = o.ToString();
        foreach (var span in para.Spans)
        {
            var a = start[span.Start];
            var b = span.End > span.Start ? end[span.End - 1] : a;
            span.Start = a;
            span.End = b;
            span.Printed = para.Printed[a..b];
        }
    }

    /// Every run printed twice, as bold headings come out of some PDFs: words and numbers as runs, punctuation char by char.
    public static string Double(string s)
    {
        var o = new StringBuilder(s.Length * 2);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ' || c == '\n')
            {
                o.Append(c);
                i++;
                continue;
            }
            var kind = Kind(c);
            var j = i + 1;
            if (kind != 'p')
                while (j < s.Length && Kind(s[j]) == kind) j++;
            var run = s.AsSpan(i, j - i);
            o.Append(run).Append(run);
            i = j;
        }
        return o.ToString();
    }

    static char Kind(char c) => char.IsDigit(c) || c == '.' ? 'd' : IsHan(c) || char.IsLetter(c) ? 'w' : 'p';

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    static bool DigitBoundary(char a, char b) => (char.IsAsciiDigit(a) && IsHan(b)) || (IsHan(a) && char.IsAsciiDigit(b));
}
