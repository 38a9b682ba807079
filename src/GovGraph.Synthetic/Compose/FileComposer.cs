using GovGraph.Synthetic.Text;
using GovGraph.Synthetic.Vocabulary;

namespace GovGraph.Synthetic.Compose;

/// How one document prints: the damage drawn for it and its naming habits.
internal sealed record DocStyle(
    LayoutStyle Layout,
    bool HalfWidth,
    double HalfWidthParas,
    bool Angle,
    double DigitSpaces,
    bool OddBrackets,
    bool SpacedKind,
    bool Doubled,
    double ShortNames);

/// Composes the documents of one gazette file: every paragraph, and the facts that point into them.
internal sealed partial class FileComposer
{
    readonly Rng rng;
    readonly County county;
    readonly SyntheticOptions options;
    readonly Dictionary<string, int> serials = new(StringComparer.Ordinal);
    readonly HashSet<string> usedSubjects = new(StringComparer.Ordinal);
    int month;
    int day;

    public FileComposer(Rng rng, County county, int year, int issue, SyntheticOptions options)
    {
        this.rng = rng;
        this.county = county;
        this.options = options;
        Year = year;
        Issue = issue;
        month = Math.Max(1, issue * 2 - 1);
        day = 1;
    }

    public int Year { get; }

    public int Issue { get; }

    public PendingFacts Facts { get; } = new();

    public List<DocDraft> Documents { get; } = [];

    DocDraft doc = null!;
    DocStyle style = null!;

    string C => county.Name;

    string GovIssuer => county.Name + "人民政府";

    string OfficeIssuer => county.Name + "人民政府办公室";

    /// Adds documents until their text reaches about <paramref name="chars"/> characters. Most are notices with plans;
    /// announcements, replies, appointments and 办法 are fewer, as in a county's gazette.
    public void Compose(int chars)
    {
        var total = 0;
        var counts = new int[6];
        int[] caps = [int.MaxValue, 6, 3, 3, 2, 3];
        while ((total < chars || Documents.Count == 0) && Documents.Count < 40)
        {
            var roll = rng.Double();
            var kind = roll switch { < 0.56 => 0, < 0.72 => 1, < 0.79 => 2, < 0.87 => 3, < 0.93 => 4, _ => 5 };
            if (counts[kind] >= caps[kind]) kind = 0;
            var done = kind switch
            {
                1 => Opinion(),
                2 => MeasuresNotice(),
                3 => Announcement(),
                4 => Appointments(),
                5 => Reply(),
                _ => false,
            };
            if (!done)
            {
                kind = 0;
                PublishingNotice();
            }
            counts[kind]++;
            total += Documents[^1].Paras.Sum(p => p.Length);
        }
        // Gazettes group documents by issuer; the order within a group is the order of composition.
        var ordered = Documents.OrderBy(d => SectionOrder(d.Section)).ToList();
        Documents.Clear();
        Documents.AddRange(ordered);
    }

    static int SectionOrder(string section) => section switch
    {
        Sections.Government => 0,
        Sections.Office => 1,
        _ => 2,
    };

    /// Whether a switched-on damage is printed here; a rate of 1 prints it wherever it can go.
    bool Roll(PdfDamage damage, double scale = 1) => options.Has(damage) && rng.Chance(options.DamageRate >= 1 ? 1 : options.DamageRate * scale);

    DocStyle NewStyle()
    {
        LayoutStyle layout;
        if (Roll(PdfDamage.NarrowColumns, 0.6)) layout = new LayoutStyle(LayoutMode.Narrow, rng.Int(18, 24), 0, true);
        else if (Roll(PdfDamage.RaggedLines, 0.7)) layout = new LayoutStyle(LayoutMode.Ragged, rng.Int(30, 46), 0, rng.Chance(0.5));
        else layout = new LayoutStyle(LayoutMode.Paragraph, 0, options.Has(PdfDamage.RaggedLines) ? 0.12 * options.DamageRate : 0, true);
        return new DocStyle(
            layout,
            HalfWidth: Roll(PdfDamage.MixedPunctuation, 0.5),
            HalfWidthParas: options.Has(PdfDamage.MixedPunctuation) ? 0.15 * options.DamageRate : 0,
            Angle: Roll(PdfDamage.AngleBrackets),
            DigitSpaces: Roll(PdfDamage.SpacedNumbers) ? 0.7 : 0,
            OddBrackets: Roll(PdfDamage.MixedPunctuation, 0.5),
            SpacedKind: Roll(PdfDamage.SpacedHeadings),
            Doubled: Roll(PdfDamage.DoubledHeadings),
            ShortNames: rng.Chance(0.5) ? 0.8 : 0.25);
    }

    /// Starts a document: its style, its title head, 发文字号 and recipients.
    /// <paramref name="subject"/> is what comes between 关于 and the kind; <paramref name="plans"/> are titles it issues.
    DocDraft Begin(string section, string issuer, string subjectBefore, IReadOnlyList<string> plans, string subjectAfter, string kind, string? code, bool bracketPlans)
    {
        style = NewStyle();
        var date = NextDate();
        int? serial = code is null ? null : NextSerial(code);
        var number = serial is null ? null : Numbers.DocNumber(code!, Year, serial.Value);
        var canonicalSubject = subjectBefore + string.Concat(plans.Select((t, i) => (i == 0 ? "" : Joiner(i, plans.Count)) + t)) + subjectAfter;
        var title = issuer + "关于" + canonicalSubject + kind;

        // The head's damage is its line breaks, a spaced kind and spaced numbers ("2023 年"); its truth drops all spaces.
        var head = new Para(ParaKind.TitleHead) { DigitSpaces = style.DigitSpaces };
        var headStart = head.Length;
        var (planSpans, oneLine) = HeadLines(head, issuer, subjectBefore, plans, subjectAfter, kind, bracketPlans);
        var headSpan = head.From(headStart);
        var draft = new DocDraft
        {
            Title = title, DocNumber = number, Issuer = issuer, Date = date, Section = section, Head = headSpan,
            NewPage = rng.Chance(0.4),
            HeadPlans = planSpans,
        };
        draft.Paras.Add(head);
        draft.Layout = style.Layout;
        draft.TocTitle = oneLine;
        doc = draft;
        Documents.Add(draft);
        Facts.Documents.Add((draft, headSpan));

        if (bracketPlans)
            foreach (var (span, plan) in planSpans.Zip(plans))
                Facts.Publishes.Add(new PendingCitation(span, draft.Key, span, null, Kinds.OfTitle(plan)));

        if (serial is not null)
        {
            var p = NewPara(ParaKind.Meta);
            p.Append(Numbers.PrintDocNumber(code!, Year, serial.Value, style.OddBrackets, style.DigitSpaces > 0, rng));
        }
        return draft;
    }

    static string Joiner(int i, int count) => i == count - 1 && count > 2 ? "和" : "、";

    /// Prints the title head over one to four lines and returns the spans of the plan titles it names, and the head as one line.
    /// <paramref name="after"/> ends with 的, so a spaced kind ("通 知") can stand on a line of its own.
    (List<TextSpan> Plans, string OneLine) HeadLines(Para head, string issuer, string before, IReadOnlyList<string> plans, string after, string kind, bool bracketPlans)
    {
        var pieces = new List<(string Text, int Plan)> { (issuer + "关于" + before, -1) };
        for (var i = 0; i < plans.Count; i++)
        {
            if (i > 0 && !bracketPlans) pieces.Add((Joiner(i, plans.Count), -1));
            if (bracketPlans) pieces.Add(("《", -1));
            pieces.Add((plans[i], i));
            if (bracketPlans) pieces.Add(("》", -1));
        }
        pieces.Add((after, -1));
        var length = pieces.Sum(p => p.Text.Length);

        // 0: one line; 1: issuer on its own line; 2: one line with spaces where the PDF broke it; 3: several lines.
        var shape = rng.Int(0, 3);
        var issuerBreak = shape switch { 1 or 3 => "\n", 2 => " ", _ => "" };
        var breaks = new SortedSet<int>();
        var flat = string.Concat(pieces.Select(p => p.Text));
        if (shape >= 2 && length - issuer.Length > 16)
            for (var k = rng.Int(1, 2); k > 0; k--)
            {
                // Breaks fall between two characters, never beside a number (whose spaces are damage of another kind).
                var at = rng.Int(issuer.Length + 6, length - 4);
                if (Damage.IsHan(flat[at - 1]) && Damage.IsHan(flat[at])) breaks.Add(at);
            }

        var spans = new List<TextSpan>();
        var offset = 0;
        foreach (var (text, plan) in pieces)
        {
            var start = head.Length;
            for (var i = 0; i < text.Length; i++)
            {
                if (offset == issuer.Length && issuerBreak.Length > 0) head.Append(issuerBreak);
                else if (offset > issuer.Length && breaks.Contains(offset)) head.Append(shape == 2 ? " " : "\n");
                if (i == 0) start = head.Length;
                head.Append(text[i].ToString());
                offset++;
            }
            if (plan >= 0) spans.Add(head.Span(start, head.Length));
        }
        if (style.SpacedKind && kind.Length == 2) head.Append("\n" + kind[0] + " " + kind[1]);
        else head.Append(kind);
        return (spans, flat + kind);
    }

    /// A paragraph of the current document with the document's damage drawn for it.
    Para NewPara(ParaKind kind, bool damage = true)
    {
        var p = new Para(kind);
        if (damage)
        {
            p.HalfWidth = style.HalfWidth || rng.Chance(style.HalfWidthParas);
            p.Angle = style.Angle;
            p.DigitSpaces = style.DigitSpaces;
        }
        doc?.Paras.Add(p);
        return p;
    }

    /// Dates advance through the issue's two months.
    string NextDate()
    {
        day += rng.Int(1, 6);
        if (day > 28)
        {
            day = rng.Int(1, 5);
            if (month < 12) month++;
        }
        return $"{Year:D4}-{month:D2}-{day:D2}";
    }

    static string PrintDate(string iso) => $"{int.Parse(iso[..4], System.Globalization.CultureInfo.InvariantCulture)}年{int.Parse(iso[5..7], System.Globalization.CultureInfo.InvariantCulture)}月{int.Parse(iso[8..], System.Globalization.CultureInfo.InvariantCulture)}日";

    int NextSerial(string code)
    {
        serials.TryGetValue(code, out var k);
        serials[code] = ++k;
        return (Issue - 1) * 40 + k;
    }

    void Signature(string issuer, string? date, bool publicNote = true)
    {
        var who = NewPara(ParaKind.Meta);
        who.Append(issuer);
        if (date is not null) NewPara(ParaKind.Meta).Append(PrintDate(date));
        if (publicNote && rng.Chance(0.7)) NewPara(ParaKind.Meta).Append("（此件公开发布）");
    }

    void Recipients()
    {
        var p = NewPara(ParaKind.Meta);
        p.Append(rng.Pick(Phrases.Recipients).Replace("{C}", C, StringComparison.Ordinal));
    }

    /// Measures not yet used in the current task, so one task does not say the same thing twice.
    readonly Queue<string> measureBag = new();
    Domain? bagDomain;

    void FreshMeasures() => measureBag.Clear();

    string Measure(Domain d)
    {
        if (measureBag.Count == 0 || !ReferenceEquals(bagDomain, d))
        {
            measureBag.Clear();
            var pool = d.Measures.Concat(rng.Sample(Phrases.CommonMeasures, 3)).ToList();
            foreach (var m in rng.Sample(pool, pool.Count)) measureBag.Enqueue(m);
            bagDomain = d;
        }
        return measureBag.Dequeue();
    }

    string Fill(string template, Domain d, string obj, string? subject = null)
    {
        var text = template.Replace("{O}", obj, StringComparison.Ordinal);
        if (text.Contains("{M2}", StringComparison.Ordinal)) text = text.Replace("{M2}", Measure(d), StringComparison.Ordinal);
        if (text.Contains("{M}", StringComparison.Ordinal)) text = text.Replace("{M}", Measure(d), StringComparison.Ordinal);
        return text
        .Replace("{Y}", Numbers.Inv(Year), StringComparison.Ordinal)
        .Replace("{C}", C, StringComparison.Ordinal)
        .Replace("{S}", subject ?? rng.Pick(d.Subjects), StringComparison.Ordinal);
    }

    /// Appends a template, turning {T} and {T2} into township names that become facts.
    void AppendWithTownships(Para p, string text)
    {
        var towns = rng.Sample(county.Townships, 2);
        var i = 0;
        while (i < text.Length)
        {
            var t = text.IndexOf("{T", i, StringComparison.Ordinal);
            if (t < 0)
            {
                p.Append(text[i..]);
                break;
            }
            p.Append(text[i..t]);
            var close = text.IndexOf('}', t);
            var which = text[(t + 2)..close] == "2" && towns.Count > 1 ? towns[1] : towns[0];
            Township(p, which.Name);
            i = close + 1;
        }
    }

    void Township(Para p, string name) => Facts.Townships.Add(new PendingTownship(p.Add(name, protect: true), name));
}

internal static class Sections
{
    public const string Government = "县政府文件";
    public const string Office = "县政府办公室文件";
    public const string Personnel = "人事任免";
}
