using System.Globalization;
using GovGraph.Synthetic.Text;

namespace GovGraph.Synthetic.Compose;

/// Numerals and 发文字号 as Chinese documents print them.
internal static class Numbers
{
    static readonly string[] Digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// 1 → 一, 10 → 十, 12 → 十二, 30 → 三十, 45 → 四十五 (1–99).
    public static string Chinese(int n)
    {
        if (n is < 1 or > 99) throw new ArgumentOutOfRangeException(nameof(n), n, "Chinese numerals are printed for 1–99 only.");
        if (n < 10) return Digits[n];
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : Digits[tens]) + "十" + (ones == 0 ? "" : Digits[ones]);
    }

    /// ① … ⑳
    public static string Circled(int n) => ((char)('①' + n - 1)).ToString();

    public static string Inv(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// A value as a plan prints it: integers without decimals.
    public static string Value(double v, int decimals) =>
        decimals == 0
            ? ((long)Math.Round(v)).ToString(CultureInfo.InvariantCulture)
            : Math.Round(v, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// The normalized 发文字号: code〔year〕serial号.
    public static string DocNumber(string code, int year, int serial) => $"{code}〔{Inv(year)}〕{Inv(serial)}号";

    /// A 发文字号 as printed: brackets and stray spaces vary when the document's damage allows.
    public static string PrintDocNumber(string code, int year, int serial, bool oddBrackets, bool spaces, Rng rng)
    {
        var (open, close) = oddBrackets ? rng.Pick(OddBrackets) : ("〔", "〕");
        var gap = spaces && rng.Chance(0.5) ? " " : "";
        return $"{code}{open}{Inv(year)}{close}{Inv(serial)}{gap}号";
    }

    static readonly (string, string)[] OddBrackets = [("[", "]"), ("（", "）"), ("［", "］"), ("【", "】"), ("〔", "〕")];
}
