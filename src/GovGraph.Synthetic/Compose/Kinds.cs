namespace GovGraph.Synthetic.Compose;

/// The citation kinds of LABELS.md, read from how a title ends.
internal static class Kinds
{
    public static string OfTitle(string title)
    {
        var t = title.TrimEnd('）', ')');
        // A trailing bracket such as （试行） or （2021—2025年） does not change what the document is.
        var cut = t.LastIndexOfAny(['（', '(']);
        if (cut > 0 && title.EndsWith('）')) t = t[..cut];
        if (t.EndsWith('法')) return "law";
        if (EndsWithAny(t, "条例", "办法", "规定", "细则", "规程", "规则")) return "regulation";
        if (EndsWithAny(t, "规划", "方案", "计划", "纲要")) return "plan";
        if (EndsWithAny(t, "通知", "意见", "决定", "函", "通报", "批复")) return "notice";
        if (EndsWithAny(t, "标准", "规范", "通则", "技术要求")) return "standard";
        return "other";
    }

    static bool EndsWithAny(string s, params string[] ends) => ends.Any(e => s.EndsWith(e, StringComparison.Ordinal));
}
