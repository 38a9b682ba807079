using System.Text.RegularExpressions;
using GovGraph.Loader.Normalize;

namespace GovGraph.Loader.Segment;

/// One paragraph of the repaired text.
public sealed record Paragraph(int Index, int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// An official document (公文) found in a file: its head, signature and the paragraphs it spans.
public sealed record DocumentSegment(
    int HeadIndex,
    int EndIndex,
    string Title,
    string? DocNumber,
    string? Issuer,
    string? Recipients,
    string? Date,
    string? Publicity,
    IReadOnlyList<PlanSegment> Plans);

/// A plan (方案, 计划, 规划…) that a 印发 notice issues. Start is -1 when its text is not printed in the file.
public sealed record PlanSegment(string Title, int StartIndex, int EndIndex);

public sealed record SegmentedText(NormalizedText Text, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<DocumentSegment> Documents);

/// Third stage: splits the repaired text of a file (a gazette, or one document) into its documents and the plans
/// they issue. A title head is confirmed by what follows it (a 发文字号, recipients or body), so tables of contents,
/// quoted titles and attached plans' own titles do not start documents.
public static partial class Segmenter
{
    public static SegmentedText Split(NormalizedText text)
    {
        var paragraphs = Paragraphs(text.Text);
        var heads = new List<int>();
        for (var i = 0; i < paragraphs.Count; i++)
            if (IsHead(paragraphs, i)) heads.Add(i);
        if (heads.Count == 0 && paragraphs.Count > 0) heads.Add(0);

        var documents = new List<DocumentSegment>();
        for (var h = 0; h < heads.Count; h++)
        {
            var end = h + 1 < heads.Count ? heads[h + 1] : paragraphs.Count;
            documents.Add(Document(paragraphs, heads[h], end));
        }
        return new SegmentedText(text, paragraphs, documents);
    }

    static List<Paragraph> Paragraphs(string text)
    {
        var result = new List<Paragraph>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end > start) result.Add(new Paragraph(result.Count, start, text[start..end]));
            start = end + 1;
        }
        return result;
    }

    static bool IsHead(List<Paragraph> ps, int i)
    {
        var t = ps[i].Text;
        if (!LooksLikeTitle(t)) return false;
        for (var j = i + 1; j < Math.Min(ps.Count, i + 3); j++)
        {
            var n = ps[j].Text;
            if (DocNumbers.IsDocNumberLine(n) || IsRecipients(n)) return true;
            if (LooksLikeTitle(n)) return false;
        }
        // Decrees and announcements (封山禁火令, 通告) may go straight to their body.
        return DecreeTitle().IsMatch(t) && i + 1 < ps.Count && ps[i + 1].Text.Length > 20;
    }

    public static bool LooksLikeTitle(string t)
    {
        if (t.Length is < 8 or > 160 || t.Contains('。') || t.StartsWith('《')) return false;
        if (!Normalizer.EndsWithKindWord(t)) return false;
        var about = t.IndexOf("关于", StringComparison.Ordinal);
        var quote = t.IndexOf('《');
        if (about >= 0 && about <= 40 && (quote < 0 || quote > about)) return !t[..about].Contains('，');
        return DecreeTitle().IsMatch(t);
    }

    static bool IsRecipients(string t) => t.Length < 200 && t.EndsWith('：') && !t.StartsWith("附件", StringComparison.Ordinal)
                                          && RecipientWord().IsMatch(t);

    static DocumentSegment Document(List<Paragraph> ps, int head, int end)
    {
        var title = ps[head].Text;
        string? number = null, recipients = null, date = null, publicity = null;
        var bodyStart = head + 1;
        for (var j = head + 1; j < Math.Min(end, head + 4); j++)
        {
            var t = ps[j].Text;
            if (number is null && DocNumbers.IsDocNumberLine(t)) { number = DocNumbers.Normalize(t); bodyStart = j + 1; }
            else if (recipients is null && IsRecipients(t)) { recipients = t.TrimEnd('：'); bodyStart = j + 1; break; }
        }
        var signature = -1;
        for (var j = bodyStart; j < end; j++)
        {
            // A signature date ends its paragraph; the regex's lazy lead-in is not tried on every paragraph of the body.
            if (!ps[j].Text.EndsWith('日')) continue;
            var m = SignatureDate().Match(ps[j].Text);
            if (m.Success) { date = Dates.Iso(m.Groups["date"].Value); signature = j; break; }
        }
        for (var j = Math.Max(bodyStart, signature); j < end && j >= 0; j++)
        {
            var m = PublicityMark().Match(ps[j].Text);
            if (m.Success) { publicity = m.Groups["mark"].Value; break; }
        }
        var issuer = Issuer(title);
        var plans = Plans(ps, title, signature >= 0 ? signature : bodyStart, bodyStart, end);
        return new DocumentSegment(head, end, title, number, issuer, recipients, date, publicity, plans);
    }

    /// The issuing bodies printed before 关于 ("X人民政府办公室", or two joined by a space or 、).
    static string? Issuer(string title)
    {
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        if (about > 0) return title[..about].Trim();
        var m = DecreeTitle().Match(title);
        return m.Success ? m.Groups["issuer"].Value : null;
    }

    /// "关于印发《A》《B》的通知" or "关于印发A的通知": the plans issued, located in the text after the notice where printed.
    static List<PlanSegment> Plans(List<Paragraph> ps, string title, int searchFrom, int bodyStart, int end)
    {
        var m = Publishes().Match(title);
        var titles = new List<string>();
        // "现将《X》印发给你们", "《X》已经县政府同意，现印发给你们": the notice's body names what it issues.
        var named = new List<string>();
        for (var j = bodyStart; j < Math.Min(end, bodyStart + 3); j++)
            foreach (var sentence in ps[j].Text.Split('。'))
                if (IssuesInBody().IsMatch(sentence))
                    named.AddRange(Quotes.Titles(sentence).Where(t => !named.Any(x => TitleKey(x) == TitleKey(t))));
        if (m.Success)
        {
            var inner = m.Groups["what"].Value;
            titles = Quotes.Titles(inner);
            // A title without 《》 may join several plans with 、; the body's 《》 say where each ends.
            if (titles.Count == 0 && named.Count == 0) titles = [.. inner.Split('、').Where(t => Normalizer.EndsWithKindWord(t)) is var parts && parts.Count() > 1 ? parts : [inner]];
        }
        titles.AddRange(named.Where(t => !titles.Any(x => TitleKey(x) == TitleKey(t))));
        if (titles.Count == 0) return [];
        var found = new List<(string Title, int Start)>();
        foreach (var planTitle in titles)
        {
            var key = TitleKey(planTitle);
            var start = -1;
            for (var j = Math.Max(searchFrom, bodyStart); j < end && start < 0; j++)
            {
                var p = TitleKey(ps[j].Text);
                if (p.Length >= 6 && ps[j].Text.Length <= 120 && (p.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(p, StringComparison.Ordinal) && p.Length * 2 >= key.Length))
                    start = j;
            }
            found.Add((planTitle, start));
        }
        var starts = found.Where(f => f.Start >= 0).Select(f => f.Start).Order().ToList();
        return [.. found.Select(f => new PlanSegment(f.Title, f.Start,
            f.Start < 0 ? -1 : starts.FirstOrDefault(s => s > f.Start, end)))];
    }

    /// A title compared without brackets, quotes and spaces, which printings vary.
    public static string TitleKey(string t)
    {
        Span<char> buffer = t.Length <= 512 ? stackalloc char[t.Length] : new char[t.Length];
        var n = 0;
        foreach (var c in t)
        {
            if (c is '《' or '》' or '“' or '”' or '"' or ' ' or '〈' or '〉' or '‘' or '’') continue;
            buffer[n++] = c switch { '—' or '–' or '－' or '~' or '～' => '-', '(' => '（', ')' => '）', _ => c };
        }
        return new string(buffer[..n]);
    }

    [GeneratedRegex(@"^(?<issuer>[\p{IsCJKUnifiedIdeographs}（）]{2,30}?(人民政府办公室|人民政府|委员会|办公室|指挥部|局))[\p{IsCJKUnifiedIdeographs}（）“”]{0,40}(令|通告|公告|决定|命令|通知)$")]
    private static partial Regex DecreeTitle();

    [GeneratedRegex(@"政府|单位|部门|局|委|办|各|中心|公司|同志")]
    private static partial Regex RecipientWord();

    [GeneratedRegex(@"^([^\d至到—~－\-]{0,40}?)(?<date>[〇○一二三四五六七八九十零\d]{4}年[〇○一二三四五六七八九十\d]{1,2}月[〇○一二三四五六七八九十\d]{1,3}日)$")]
    internal static partial Regex SignatureDate();

    [GeneratedRegex(@"^（(?<mark>此件[^）]{2,12})[）,，]")]
    private static partial Regex PublicityMark();

    [GeneratedRegex(@"印发给你们|现予印发|现印发|予以印发|印发你们|现将.{0,60}印发")]
    private static partial Regex IssuesInBody();

    [GeneratedRegex(@"(印发|转发|下发)(?<what>.+?)的(通知|函)$")]
    private static partial Regex Publishes();
}
