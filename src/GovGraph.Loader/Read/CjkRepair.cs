using System.Text;

namespace GovGraph.Loader.Read;

/// Repairs what PDF fonts do to CJK text: Kangxi radicals for ideographs (NFKC maps most), and the CJK radicals
/// supplement, which .NET has no table for.
public static class CjkRepair
{
    // U+2E80–U+2EFF radicals seen in Noto CJK PDFs whose ideograph NFKC does not restore.
    static readonly Dictionary<char, char> Supplement = new()
    {
        ['\u2E8C'] = '小', ['\u2E8D'] = '小', ['\u2E95'] = '彐', ['\u2E9C'] = '日', ['\u2EA0'] = '民', ['\u2EA4'] = '爪',
        ['\u2EA6'] = '丬', ['\u2EAB'] = '目', ['\u2EAC'] = '示', ['\u2EAE'] = '竹', ['\u2EB6'] = '羊', ['\u2EB7'] = '羊',
        ['\u2EBC'] = '肉', ['\u2EBE'] = '艹', ['\u2EC4'] = '西', ['\u2EC6'] = '角', ['\u2ECC'] = '辶', ['\u2ECF'] = '邑',
        ['\u2ED6'] = '阜', ['\u2ED7'] = '雨', ['\u2EDD'] = '食', ['\u2EDF'] = '食', ['\u2EE2'] = '马', ['\u2EE3'] = '骨',
        ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼', ['\u2EE9'] = '黄', ['\u2EEA'] = '黾', ['\u2EEB'] = '斉', ['\u2EED'] = '歯',
        ['\u2EEF'] = '竜', ['\u2EF0'] = '龙', ['\u2EF2'] = '亀', ['\u2EF3'] = '龟',
    };

    public static string Apply(string text)
    {
        if (!NeedsRepair(text)) return text.ReplaceLineEndings("\n");
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= '\u2F00' && c <= '\u2FDF') sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            else if (Supplement.TryGetValue(c, out var ideograph)) sb.Append(ideograph);
            else sb.Append(c);
        }
        return sb.ToString().ReplaceLineEndings("\n");
    }

    static bool NeedsRepair(string text)
    {
        foreach (var c in text)
            if (c >= '\u2E80' && c <= '\u2FDF') return true;
        return false;
    }
}
