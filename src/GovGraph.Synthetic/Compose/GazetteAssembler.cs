using System.Globalization;
using System.Text;
using GovGraph.Synthetic.Text;

namespace GovGraph.Synthetic.Compose;

/// Puts one gazette file together: composes its documents, prints their damage, lays out the pages,
/// prints the cover and table of contents in front, and turns the pending facts into truth with their final lines.
internal static class GazetteAssembler
{
    static readonly string[] NumberFormats = ["—— {0}", "- {0} -", "— {0} —", "{0}", "·{0}·"];

    public static SyntheticFile Build(SyntheticCorpus geo, int index, SyntheticOptions options)
    {
        var rng = new Rng(FileSeed(geo.Seed, index));
        var county = geo.Counties[index % geo.Counties.Count];
        var ordinal = index / geo.Counties.Count;
        // Each county's files run through the years 2019–2025, six issues a year, before any year repeats.
        var year = 2019 + ordinal % 7 + 7 * (ordinal / 42);
        var issue = ordinal / 7 % 6 + 1;
        var prefix = index.ToString("D5", CultureInfo.InvariantCulture);
        var name = $"{prefix}_{Hash(geo.Seed, index):x16}.txt";

        var composer = new FileComposer(rng, county, year, issue, options);
        composer.Compose(rng.Int(options.MinFileBytes, options.MaxFileBytes) / 3);
        var docs = composer.Documents;
        foreach (var doc in docs)
            foreach (var para in doc.Paras)
                Damage.Print(para, rng);

        var damageAll = options.DamageRate >= 1;
        var spacedDigits = options.Has(PdfDamage.SpacedNumbers) && rng.Chance(damageAll ? 1 : options.DamageRate);
        var spacedHeads = options.Has(PdfDamage.SpacedHeadings) && rng.Chance(damageAll ? 1 : options.DamageRate);
        var furniture = options.Has(PdfDamage.PageFurniture) && rng.Chance(damageAll ? 1 : options.DamageRate)
            ? rng.Pick(new[] { FurnitureStyle.NumberThenHead, FurnitureStyle.NumberThenHead, FurnitureStyle.HeadOnly, FurnitureStyle.NumberOnly, FurnitureStyle.LeadingSpace })
            : FurnitureStyle.None;
        var headFormat = rng.Int(0, 2);

        string RunningHead(string section) => headFormat switch
        {
            0 => $"{issue} / {year} {county.Name}人民政府公报 {section}",
            1 => $"{county.Name}人民政府公报 {year}年第{issue}期",
            _ => $"{county.Name}人民政府公报",
        };

        var body = new LineSink(furniture, RunningHead(docs[0].Section), rng.Pick(NumberFormats), rng, rng.Int(28, 40));
        foreach (var doc in docs)
        {
            body.RunningHead = RunningHead(doc.Section);
            if (doc.NewPage && body.Count > 0) body.NewPage();
            doc.Page = body.Page;
            foreach (var para in doc.Paras) Layout.Place(para, doc.Layout, body, rng);
        }
        if (rng.Chance(0.4)) BackMatter(body, county, rng);

        var front = new LineSink { Narrow = docs[0].Layout.Mode == LayoutMode.Narrow };
        if (rng.Chance(options.FrontMatterRate)) FrontMatter(front, county, year, issue, docs, spacedDigits, spacedHeads, rng);

        var text = new StringBuilder(front.Text.Length + body.Text.Length);
        text.Append(front.Text).Append(body.Text);
        var truth = Truth(composer.Facts, prefix, county.Name, front.Count);
        return new SyntheticFile(name, prefix, county.Name, text.ToString(), truth);
    }

    static void FrontMatter(LineSink sink, County county, int year, int issue, List<DocDraft> docs, bool spacedDigits, bool spacedHeads, Rng rng)
    {
        string Digits(string s) => spacedDigits ? SpaceDigits(s) : s;
        var gazette = county.Name + "人民政府公报";
        var month = Math.Min(12, issue * 2);
        var total = (year - 2019) * 6 + issue;
        if (rng.Chance(0.7))
        {
            sink.Blank();
            sink.Line(gazette);
            sink.Blank();
            sink.Line($"{county.Pinyin} RENMIN ZHENGFU GONGBAO");
            sink.Blank();
            sink.Line(Digits(rng.Chance(0.5) ? $"{year}年第{issue}期（总第{total}期）" : $"{year}年第{issue}期"));
            sink.Blank();
            sink.Line(county.Name + "人民政府办公室");
            sink.Line(Digits($"{year}年{month}月"));
            sink.Blank();
        }
        sink.Line(gazette);
        sink.Blank();
        sink.Line(Digits($"{year}年第{issue}期"));
        sink.Blank();
        sink.Line(Digits($"{county.Name}人民政府办公室主办 {year}年{month - 1}月1日—{year}年{month}月28日"));
        sink.Blank();
        sink.Line(spacedHeads ? "目 录" : "目录");
        sink.Blank();

        var style = rng.Int(0, 2);
        var i = 1;
        foreach (var group in docs.GroupBy(d => d.Section))
        {
            var label = group.Key;
            sink.Line(rng.Chance(0.4) ? $"【 {label} 】" : spacedHeads ? string.Join(' ', label.ToCharArray()) : label);
            sink.Blank();
            foreach (var doc in group)
            {
                var number = doc.DocNumber is null ? "" : Digits(doc.DocNumber);
                var page = Numbers.Inv(doc.Page);
                switch (style)
                {
                    case 0:
                        sink.Line($"- {i}、{doc.TocTitle} {number}{new string('.', rng.Int(2, 6))} ({page})");
                        break;
                    case 1:
                        var title = doc.TocTitle;
                        if (title.Length > 30 && rng.Chance(0.5))
                        {
                            var cut = rng.Int(18, title.Length - 6);
                            sink.Line(title[..cut]);
                            sink.Line(title[cut..]);
                        }
                        else sink.Line(title);
                        sink.Line(number.Length > 0 ? $"{number} ({page})" : $"..... ({page})");
                        break;
                    default:
                        sink.Line(doc.TocTitle + "\t");
                        sink.Line(number.Length > 0 ? $"{number}\t({page})" : $"......\t({page})");
                        break;
                }
                i++;
            }
            sink.Blank();
        }
    }

    static void BackMatter(LineSink sink, County county, Rng rng)
    {
        var gazette = county.Name + "人民政府公报";
        sink.Blank();
        sink.Line($"《{gazette}》简介");
        sink.Blank();
        sink.Line($"《{gazette}》由{county.Name}人民政府办公室主管主办，是刊载县人民政府及其办公室文件的政府出版物，在本县行政区域内公开发行。");
        sink.Blank();
        sink.Line($"主管主办：{county.Name}人民政府办公室");
        sink.Line($"电    话：0{rng.Int(310, 379)}-{rng.Int(2000000, 8999999)}");
        sink.Line($"地    址：{county.Name}{rng.Pick(Vocabulary.Places.Roads)}{rng.Int(1, 199)}号");
    }

    static string SpaceDigits(string s)
    {
        var o = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && (char.IsAsciiDigit(s[i]) != char.IsAsciiDigit(s[i - 1])) && (Damage.IsHan(s[i]) || Damage.IsHan(s[i - 1])))
                o.Append(' ');
            o.Append(s[i]);
        }
        return o.ToString();
    }

    static SyntheticTruth Truth(PendingFacts facts, string seed, string county, int offset)
    {
        var documents = facts.Documents
            .Select(d => new DocumentFact(seed, d.Head.Line + offset, Squash(d.Head.Printed, dropBrackets: true), d.Doc.DocNumber, d.Doc.Issuer, d.Doc.Date, county))
            .OrderBy(d => d.Line).ToList();
        var responsibilities = facts.Responsibilities
            .Select(r => new ResponsibilityFact(
                seed, r.Clause.Line + offset, Task(r.TaskHeading.Printed),
                [.. r.Leads.Select(s => s.Printed)], [.. r.Cooperates.Select(s => s.Printed)], [.. r.Responsible.Select(s => s.Printed)],
                r.Clause.Printed) { Form = r.Form })
            .OrderBy(r => r.Line).ToList();
        var citations = facts.Citations.Select(c => Citation(c, seed, offset)).OrderBy(c => c.Line).ToList();
        var publishes = facts.Publishes.Select(c => Citation(c, seed, offset)).OrderBy(c => c.Line).ToList();
        var supersedes = facts.Supersedes
            .Select(s => new SupersedesFact(seed, s.Anchor.Line + offset, s.NewDoc, s.OldTitle is null ? null : Squash(s.OldTitle.Printed), s.OldDocNumber))
            .OrderBy(s => s.Line).ToList();
        var targets = facts.Targets
            .Select(t => new TargetFact(seed, t.Value.Line + offset, t.Metric.Printed, t.ValueText, t.Unit, t.Deadline, t.Text.Printed))
            .OrderBy(t => t.Line).ToList();
        var townships = facts.Townships
            .GroupBy(t => t.Township, StringComparer.Ordinal)
            .Select(g => new TownshipFact(seed, g.Key, county, g.Min(t => t.Name.Line) + offset))
            .OrderBy(t => t.Line).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var agencies = facts.Aliases
            .GroupBy(a => a.Canonical, StringComparer.Ordinal)
            .Select(g => new AgencyAliasFact(
                seed, county, g.Key,
                [.. g.SelectMany(a => a.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. g.Select(a => a.Evidence.Line + offset).Distinct().Order()]))
            .OrderBy(a => a.Evidence[0]).ToList();
        return new SyntheticTruth(documents, responsibilities, citations, publishes, supersedes, targets, townships, agencies);
    }

    static CitationFact Citation(PendingCitation c, string seed, int offset) =>
        new(seed, c.Anchor.Line + offset, c.CitingDoc, c.Title is null ? null : Squash(c.Title.Printed), c.DocNumber, c.Kind);

    /// A printed title without the line breaks and stray spaces of the PDF (and, for title heads, without 《》).
    static string Squash(string printed, bool dropBrackets = false)
    {
        var o = new StringBuilder(printed.Length);
        foreach (var c in printed)
            if (!char.IsWhiteSpace(c) && !(dropBrackets && c is '《' or '》'))
                o.Append(c);
        return o.ToString();
    }

    static string Task(string heading)
    {
        var t = Squash(heading);
        return t.Length <= 30 ? t : t[..30];
    }

    /// Files are independent: file i's randomness depends only on the corpus seed and i.
    static int FileSeed(int seed, int index) => (int)(Hash(seed, index) & 0x7FFF_FFFF);

    static ulong Hash(int seed, int index)
    {
        // SplitMix64 over (seed, index): string.GetHashCode is randomized per process, so it cannot name files.
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
