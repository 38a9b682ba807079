using System.Text.RegularExpressions;
using GovGraph.Loader.Resolve;
using GovGraph.Loader.Segment;

namespace GovGraph.Loader.Extract;

/// Fourth and fifth stages: reads the facts of every segmented document (responsibilities, citations, repeals,
/// targets, townships) and resolves them into the graph of docs/DATA-MODEL.md, every fact with its source.
public sealed partial class GraphExtractor(RegionTable regions)
{
    readonly RegionTable _regions = regions;

    /// <paramref name="raw"/> is the file as given: its spaces still separate words that repair joins.
    public FileGraph Extract(SegmentedText segmented, string raw, string contentHash)
    {
        var text = segmented.Text;
        var graph = new GraphBuilder(text.File, contentHash);
        var fileCounty = CountyOf(segmented);
        var townships = Townships.Learn(text.Text, LineBreaks().Replace(raw, ""));
        var agencies = new AgencyResolver(_regions, text.Text);
        var memo = new FileMemo();
        foreach (var doc in segmented.Documents)
            new DocumentReader(this, graph, segmented, doc, CountyOfIssuer(doc.Issuer) ?? fileCounty, townships, agencies, memo).Read();
        return graph.Build();
    }

    string? CountyOf(SegmentedText segmented)
    {
        foreach (var doc in segmented.Documents)
            if (CountyOfIssuer(doc.Issuer) is { } c) return c;
        var counts = CountyName().Matches(segmented.Text.Text).GroupBy(m => m.Value).OrderByDescending(g => g.Count()).FirstOrDefault();
        return counts?.Key;
    }

    string? CountyOfIssuer(string? issuer)
    {
        if (issuer is null) return null;
        if (_regions.Prefix(issuer) is { Level: "county" } r) return r.Name;
        var m = CountyName().Match(issuer);
        return m.Success && m.Index == 0 ? m.Value : null;
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,6}?(自治县|县|旗|区)(?=人民政府|政府|委员会|$)")]
    private static partial Regex CountyName();

    /// Line breaks fall inside words; spaces within a line still separate them.
    [GeneratedRegex(@"[ \t]*\n\s*")]
    private static partial Regex LineBreaks();

    static LeadRule LeadRuleOf(ReadOnlySpan<char> document)
    {
        foreach (var m in FirstListedLeadsRule().EnumerateMatches(document))
            return document.Slice(m.Index, m.Length).Contains("逗号", StringComparison.Ordinal) ? LeadRule.BeforeFirstComma : LeadRule.FirstUnit;
        return LeadRule.None;
    }

    /// The matches <c>DefinedShortName().Matches(text[from..to])</c> finds, in order (indexes into text). The regex's
    /// lazy run of 4–40 characters would be tried at every character; it only runs in a window before each "（以下简称".
    internal static IEnumerable<Match> ShortNameDefinitions(string text, int from, int to)
    {
        const int MinFull = 4, MaxFull = 40, MaxTail = 20; // the tail: "（以下简称" 5, “ 1, short name ≤ 12, ” 1, ） 1
        var at = from;
        while (to - at > MinFull)
        {
            var marker = text.AsSpan(at + MinFull, to - at - MinFull).IndexOf("（以下简称", StringComparison.Ordinal);
            if (marker < 0) yield break;
            marker += at + MinFull;
            // Every match starting up to marker - MinFull lies whole inside the window, so the regex finds it as on the whole span.
            var start = Math.Max(at, marker - MaxFull);
            var end = Math.Min(to, marker - MinFull + MaxFull + MaxTail);
            var m = DefinedShortName().Match(text, start, end - start);
            if (m.Success && m.Index <= marker - MinFull)
            {
                yield return m;
                at = m.Index + m.Length;
            }
            else at = marker - MinFull + 1;
        }
    }

    [GeneratedRegex(@"(排在?第一(位|个)|排名第一|排在首位|列第一位|首位)的?(单位|部门)?(为|是)牵头|第一个(逗号|顿号)前(的单位)?为牵头")]
    private static partial Regex FirstListedLeadsRule();

    [GeneratedRegex(@"(?<full>[\p{IsCJKUnifiedIdeographs}（）]{4,40}?)（以下简称“?(?<short>[\p{IsCJKUnifiedIdeographs}]{2,12})”?）")]
    internal static partial Regex DefinedShortName();

    [GeneratedRegex(@"(到|至|于)?(?<d>20\d{2}年(\d{1,2}月)?(\d{1,2}日)?)(底|前|以前|年底前|末)")]
    private static partial Regex TaskDeadline();

    /// What resolution learns once per file: the same agencies and regions are named in every document of it.
    sealed class FileMemo
    {
        public Dictionary<(string Name, string? County), (AgencyName Resolved, string Key)> Agencies { get; } = [];
        public Dictionary<string, string> Regions { get; } = new(StringComparer.Ordinal);
    }

    /// Reads one document; holds the per-document state (county, abbreviations, rule for first-listed leads).
    sealed class DocumentReader(GraphExtractor owner, GraphBuilder graph, SegmentedText segmented, DocumentSegment doc, string? county, Townships townships, AgencyResolver agencies, FileMemo memo)
    {
        readonly Dictionary<string, (string Title, string? Number)> _abbreviations = new(StringComparer.Ordinal);
        readonly Dictionary<string, string> _shortNames = new(StringComparer.Ordinal);
        string _documentId = "";
        string Text => segmented.Text.Text;

        public void Read()
        {
            var ps = segmented.Paragraphs;
            var head = ps[doc.HeadIndex];
            var title = Clean(doc.Title);
            var lawKey = doc.DocNumber ?? Segmenter.TitleKey(title);
            var level = Level(doc.Issuer, doc.DocNumber);
            var headSource = segmented.Text.SourceOf(head.Start, head.End);
            var lawId = graph.Node(Labels.Law, lawKey, [
                (GovGraph.Props.Name, title), (GovGraph.Props.Title, title), (GovGraph.Props.DocNumber, doc.DocNumber),
                (GovGraph.Props.Issuer, doc.Issuer), (GovGraph.Props.Date, doc.Date), (GovGraph.Props.Kind, Citations.Kind(title)),
                (GovGraph.Props.Level, level), (GovGraph.Props.Loaded, true), (GovGraph.Props.County, county),
                (GovGraph.Props.Recipients, doc.Recipients), (GovGraph.Props.Publicity, doc.Publicity)], headSource);
            _documentId = lawId;
            foreach (var issuer in (doc.Issuer ?? "").Split([' ', '、'], StringSplitOptions.RemoveEmptyEntries))
                graph.Edge(EdgeTypes.IssuedBy, lawId, Agency(issuer, headSource), [], headSource);

            var bodyEnd = doc.Plans.Where(p => p.StartIndex >= 0).Select(p => p.StartIndex).DefaultIfEmpty(doc.EndIndex).Min();
            var rule = LeadRuleOf(Text.AsSpan(head.Start, ps[doc.EndIndex - 1].End - head.Start));
            LearnShortNames(head.Start, ps[doc.EndIndex - 1].End);
            var planTitles = doc.Plans.Select(p => Segmenter.TitleKey(p.Title)).ToHashSet(StringComparer.Ordinal);

            var plans = new List<(PlanSegment Plan, string Id, string Key)>();
            foreach (var plan in doc.Plans)
            {
                var planTitle = Clean(plan.Title);
                var planKey = Segmenter.TitleKey(planTitle);
                var planSource = plan.StartIndex >= 0 ? segmented.Text.SourceOf(ps[plan.StartIndex].Start, ps[plan.StartIndex].End) : headSource;
                var planId = graph.Node(Labels.Law, planKey, [
                    (GovGraph.Props.Name, planTitle), (GovGraph.Props.Title, planTitle), (GovGraph.Props.Issuer, doc.Issuer),
                    (GovGraph.Props.Date, doc.Date), (GovGraph.Props.Kind, Citations.Kind(planTitle)), (GovGraph.Props.Level, level),
                    (GovGraph.Props.Loaded, plan.StartIndex >= 0), (GovGraph.Props.County, county)], planSource);
                // The title head is evidence of publishing when it names the plan in 《》; the body's "现将《X》印发" always is.
                graph.Edge(EdgeTypes.Publishes, lawId, planId, [], title.Length < doc.Title.Length ? headSource : null);
                plans.Add((plan, planId, planKey));
            }
            ReadSpan(lawId, lawKey, doc.HeadIndex + 1, bodyEnd, rule, planTitles);
            foreach (var (plan, planId, planKey) in plans)
                if (plan.StartIndex >= 0) ReadSpan(planId, planKey, plan.StartIndex + 1, plan.EndIndex, rule, planTitles);
        }

        void ReadSpan(string lawId, string lawKey, int from, int to, LeadRule rule, HashSet<string> planTitles)
        {
            var ps = segmented.Paragraphs;
            var sections = new Sections();
            string? taskId = null;
            string? taskPath = null;
            var year = doc.Date?[..4];
            for (var i = from; i < to; i++)
            {
                var p = ps[i];
                var marker = sections.Read(p.Text);
                if (marker is not null) { taskId = null; taskPath = sections.Path; }

                foreach (var clause in Responsibilities.Find(Text, p.Start, p.End, rule))
                {
                    taskId ??= Task(lawId, lawKey, p, taskPath ?? "¶" + (i - from + 1), marker is null && taskPath is null ? p.Text : ps[FindItem(i, from)].Text);
                    var source = segmented.Text.SourceOf(clause.Start, clause.End);
                    foreach (var unit in clause.Units)
                    {
                        var type = unit.Duty == Duty.Lead || unit.Duty == Duty.Responsible && !clause.HasLead ? EdgeTypes.Leads : EdgeTypes.Cooperates;
                        graph.Edge(type, Agency(unit.Surface, source), taskId, [(GovGraph.Props.Role, unit.Role), (GovGraph.Props.Surface, unit.Surface)], source);
                    }
                }

                foreach (var c in Citations.Find(Text, p.Start, p.End, _abbreviations))
                {
                    if (c.Title is not null && c.DocNumber is null && planTitles.Contains(Segmenter.TitleKey(c.Title)))
                    {
                        // The notice names the plan it issues: that is publishing, not citing.
                        var planId = graph.NodeId(Labels.Law, Segmenter.TitleKey(Clean(c.Title)));
                        if (graph.HasNode(planId) && lawId != planId) graph.Edge(EdgeTypes.Publishes, lawId, planId, [], segmented.Text.SourceOf(c.Start, c.End));
                        continue;
                    }
                    var key = c.DocNumber is { } n && !c.IsStandard ? n : Segmenter.TitleKey(c.Title ?? c.DocNumber!);
                    if (key == lawKey || key == doc.DocNumber) continue;
                    var source = segmented.Text.SourceOf(c.Start, c.End);
                    var cited = CitedLaw(key, c.Title, c.IsStandard ? null : c.DocNumber, c.IsStandard, source);
                    graph.Edge(EdgeTypes.Cites, lawId, cited, [], source);
                }

                foreach (var s in Supersessions.Find(Text, p.Start, p.End))
                {
                    var key = s.OldDocNumber ?? Segmenter.TitleKey(s.OldTitle!);
                    var sentence = segmented.Text.SourceOf(s.Start, s.End);
                    var source = sentence with { Line = segmented.Text.LineAt(s.Keyword) };
                    var old = CitedLaw(key, s.OldTitle, s.OldDocNumber, false, source);
                    // The numbered document repeals, also when the sentence stands in the plan it issues.
                    graph.Edge(EdgeTypes.Supersedes, _documentId, old, [], source);
                }

                foreach (var t in Targets.Find(Text, p.Start, p.End, year))
                {
                    var source = segmented.Text.SourceOf(t.Start, t.End);
                    var path = taskPath ?? "¶" + (i - from + 1);
                    var targetId = graph.Node(Labels.Target, $"{lawKey}/{path}/{t.Metric}/{t.Value}{t.Unit}", [
                        (GovGraph.Props.Name, $"{t.Metric} {t.Comparator} {t.Value}{t.Unit}"), (GovGraph.Props.Metric, t.Metric),
                        (GovGraph.Props.Value, t.Value), (GovGraph.Props.Unit, t.Unit), (GovGraph.Props.Comparator, t.Comparator),
                        (GovGraph.Props.Deadline, t.Deadline), (GovGraph.Props.Text, t.Text), (GovGraph.Props.Section, path),
                        (GovGraph.Props.County, county)], source);
                    graph.Edge(EdgeTypes.HasTarget, taskId ?? lawId, targetId, [], source);
                }

                foreach (var t in townships.Find(Text, p.Start, p.End))
                {
                    if (county is null) continue;
                    var source = segmented.Text.SourceOf(t.Start, Math.Min(p.End, t.Start + 40));
                    var id = graph.Node(Labels.Township, county + "/" + t.Name, [(GovGraph.Props.Name, t.Name), (GovGraph.Props.County, (object?)county)], source);
                    graph.Edge(EdgeTypes.In, id, Region(county), [], null);
                }
            }
        }

        int FindItem(int i, int from)
        {
            for (var j = i; j >= from; j--)
                if (Sections.Heading(segmented.Paragraphs[j].Text) is { Length: > 0 } && new Sections().Read(segmented.Paragraphs[j].Text) is not null) return j;
            return i;
        }

        string Task(string lawId, string lawKey, Paragraph p, string path, string itemText)
        {
            var heading = Sections.Heading(itemText);
            var deadline = TaskDeadline().Match(itemText);
            var id = graph.Node(Labels.Task, lawKey + "/" + path, [
                (GovGraph.Props.Name, heading), (GovGraph.Props.Title, heading), (GovGraph.Props.Text, itemText.Length > 1000 ? itemText[..1000] : itemText),
                (GovGraph.Props.Section, path), (GovGraph.Props.Deadline, deadline.Success ? deadline.Groups["d"].Value : null),
                (GovGraph.Props.Date, doc.Date), (GovGraph.Props.County, county)], segmented.Text.SourceOf(p.Start, p.End));
            graph.Edge(EdgeTypes.PartOf, id, lawId, [], null);
            return id;
        }

        string CitedLaw(string key, string? title, string? number, bool standard, Source source)
        {
            var cleanTitle = title is null ? null : Clean(title);
            var issuer = cleanTitle is not null && cleanTitle.IndexOf("关于", StringComparison.Ordinal) is > 1 and var about ? cleanTitle[..about] : null;
            var level = number is not null ? owner._regions.LevelOfCode(number, county) : TitleLevel(cleanTitle);
            return graph.Node(Labels.Law, key, [
                (GovGraph.Props.Name, (object?)(cleanTitle ?? number)), (GovGraph.Props.Title, cleanTitle), (GovGraph.Props.DocNumber, number),
                (GovGraph.Props.Issuer, issuer), (GovGraph.Props.Kind, standard ? "standard" : Citations.Kind(cleanTitle ?? "")),
                (GovGraph.Props.Level, level), (GovGraph.Props.Loaded, false)], source);
        }

        string? TitleLevel(string? title)
        {
            if (title is null) return null;
            if (title.StartsWith("中华人民共和国", StringComparison.Ordinal) || title.StartsWith("国务院", StringComparison.Ordinal) || title.StartsWith("中共中央", StringComparison.Ordinal)) return "national";
            return owner._regions.Prefix(title)?.Level switch { "province" => "provincial", "city" => "municipal", "county" => "county", _ => null };
        }

        string Level(string? issuer, string? number)
        {
            if (issuer is not null && owner._regions.Prefix(issuer) is { } r)
                return r.Level switch { "province" => "provincial", "city" => "municipal", _ => "county" };
            if (number is not null && owner._regions.LevelOfCode(number, county) is { } l) return l;
            return "county";
        }

        string Agency(string surface, Source source)
        {
            var name = _shortNames.GetValueOrDefault(surface, surface);
            if (!memo.Agencies.TryGetValue((name, county), out var known))
            {
                var r = agencies.Resolve(name, county);
                // A name that does not carry its place ("团县委", "各乡（镇）人民政府") is scoped by its jurisdiction.
                var k = r.Jurisdiction.Length > 0 && !r.Canonical.StartsWith(r.Jurisdiction, StringComparison.Ordinal)
                    ? r.Jurisdiction + "/" + r.Canonical
                    : r.Canonical;
                memo.Agencies[(name, county)] = known = (r, k);
            }
            var (resolved, key) = known;
            var id = graph.Node(Labels.Agency, key, [
                (GovGraph.Props.Name, resolved.Canonical), (GovGraph.Props.Aliases, new[] { surface }),
                (GovGraph.Props.Jurisdiction, resolved.Jurisdiction), (GovGraph.Props.Level, resolved.Level),
                (GovGraph.Props.Collective, resolved.Collective)], source);
            if (resolved.Jurisdiction.Length > 0) graph.Edge(EdgeTypes.In, id, Region(resolved.Jurisdiction), [], null);
            return id;
        }

        string Region(string name)
        {
            // A region's node and its IN edge are the same at every mention, and a region has no sources.
            if (memo.Regions.TryGetValue(name, out var known)) return known;
            var region = owner._regions.Find(name);
            var level = region?.Level ?? (name.EndsWith('市') ? "city" : name.EndsWith('省') ? "province" : "county");
            var id = graph.Node(Labels.Region, name, [(GovGraph.Props.Name, name), (GovGraph.Props.Level, level), (GovGraph.Props.Parent, (object?)region?.Parent)], null);
            if (region?.Parent is { } parent && !graph.HasNode(graph.NodeId(Labels.Region, parent)))
                graph.Edge(EdgeTypes.In, id, Region(parent), [], null);
            memo.Regions[name] = id;
            return id;
        }

        /// "县森林草原防灭火指挥部（以下简称县森防指）": the text defines a short name for a unit.
        void LearnShortNames(int from, int to)
        {
            foreach (var m in ShortNameDefinitions(Text, from, to))
            {
                var full = m.Groups["full"].Value;
                var cut = full.LastIndexOfAny(['，', '、', '。', '由', '在', '和']);
                if (cut >= 0) full = full[(cut + 1)..];
                if (Agencies.LooksLikeUnit(full)) _shortNames.TryAdd(m.Groups["short"].Value, full);
            }
        }

        static string Clean(string title) => title.Replace("《", "", StringComparison.Ordinal).Replace("》", "", StringComparison.Ordinal).Trim();
    }
}
