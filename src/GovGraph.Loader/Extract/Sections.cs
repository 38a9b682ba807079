using System.Text.RegularExpressions;

namespace GovGraph.Loader.Extract;

/// Tracks the numbered hierarchy (一、 / （一） / 1. or 1、 / （1） / ① / 第X章 / 1.1) while reading paragraphs in order:
/// each marker style takes the depth at which it first appears, so documents that skip a level still nest right.
public sealed partial class Sections
{
    readonly List<(string Style, string Label)> _stack = [];
    readonly HashSet<string> _topLevel = new(StringComparer.Ordinal);
    int _part = 1;

    public string Path => (_part > 1 ? $"第{_part}部分/" : "") + string.Join('/', _stack.Select(s => s.Label));

    /// Reads one paragraph; returns the marker's label when the paragraph starts a numbered item, else null.
    public string? Read(string paragraph)
    {
        var m = Marker().Match(paragraph);
        if (!m.Success) return null;
        var label = m.Groups["label"].Value.TrimEnd('、', '.', '．', ' ');
        var style = Style(label);
        var at = _stack.FindIndex(s => s.Style == style);
        if (at >= 0) _stack.RemoveRange(at, _stack.Count - at);
        // A top-level number seen before starts another part (several plans printed under one notice).
        if (_stack.Count == 0 && !_topLevel.Add(label)) { _part++; _topLevel.Clear(); _topLevel.Add(label); }
        _stack.Add((style, label));
        return label;
    }

    /// The item's heading: the words after its marker, up to the first full stop.
    public static string Heading(string paragraph)
    {
        var m = Marker().Match(paragraph);
        var text = m.Success ? paragraph[m.Length..] : paragraph;
        var stop = text.IndexOfAny(['。', '；', '：']);
        if (stop > 0) text = text[..stop];
        var bracket = text.IndexOf('（');
        if (bracket > 4) text = text[..bracket];
        return text.Length > 60 ? text[..60] : text;
    }

    static string Style(string label) => label switch
    {
        _ when label.StartsWith('第') => "chapter" + label[^1],
        _ when label.StartsWith('（') && char.IsAsciiDigit(label[1]) => "(1)",
        _ when label.StartsWith('（') => "(一)",
        _ when label[0] is >= '①' and <= '⑳' => "①",
        _ when char.IsAsciiDigit(label[0]) => "1" + new string('.', label.Count(c => c == '.')),
        _ => "一",
    };

    [GeneratedRegex(@"^(?<label>第[一二三四五六七八九十百]+[章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[\.、．](?!\d)|（\d{1,2}）|[①-⑳]|\d{1,2}(\.\d{1,2}){1,3}(?!\d)|\d{1,2}(?=[\p{IsCJKUnifiedIdeographs}“]))\s*")]
    private static partial Regex Marker();
}
