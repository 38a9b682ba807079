using System.Text.RegularExpressions;

namespace GovGraph.Loader.Segment;

/// Dates as printed ("2023年2月2日", "二〇二三年二月二日") to ISO.
public static partial class Dates
{
    public static string? Iso(string printed)
    {
        var m = Parts().Match(printed);
        if (!m.Success) return null;
        var y = Number(m.Groups["y"].Value);
        var mo = Number(m.Groups["m"].Value);
        var d = Number(m.Groups["d"].Value);
        return y is > 1900 and < 2200 && mo is >= 1 and <= 12 && d is >= 1 and <= 31 ? $"{y:D4}-{mo:D2}-{d:D2}" : null;
    }

    static int Number(string s)
    {
        if (int.TryParse(s, out var n)) return n;
        if (s.Length == 4) return int.Parse(string.Concat(s.Select(c => (char)('0' + Digit(c)))), System.Globalization.CultureInfo.InvariantCulture);
        // 十, 十二, 二十, 二十三, 三十一
        var ten = s.IndexOf('十');
        if (ten < 0) return Digit(s[0]);
        var high = ten == 0 ? 1 : Digit(s[0]);
        var low = ten == s.Length - 1 ? 0 : Digit(s[^1]);
        return high * 10 + low;
    }

    static int Digit(char c) => c switch
    {
        '〇' or '○' or '零' => 0, '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => c - '0',
    };

    [GeneratedRegex(@"(?<y>[〇○零一二三四五六七八九\d]{4})年(?<m>[一二三四五六七八九十\d]{1,2})月(?<d>[一二三四五六七八九十\d]{1,3})日")]
    private static partial Regex Parts();
}
