using System.Text.RegularExpressions;
using GovGraph.Loader.Extract;
using GovGraph.Loader.Normalize;
using GovGraph.Loader.Read;
using GovGraph.Loader.Segment;
using GovGraph.Synthetic;

namespace GovGraph.Tests.Extract;

/// Texts to check the extractor's shortcuts on: the real corpus and synthetic gazettes (damaged and clean), normalized
/// as the pipeline sees them, and the raw files with their lines joined as township learning reads them.
public sealed partial class PreFilterTexts
{
    public PreFilterTexts()
    {
        var raws = Corpus.Files.Select(f => DocumentReader.Read(f).Text)
            .Concat(SyntheticGenerator.Generate(31, 1_200_000).Select(f => f.Text))
            .Concat(SyntheticGenerator.Generate(32, 600_000, SyntheticOptions.Clean).Select(f => f.Text))
            .ToList();
        Raw = raws;
        Normalized = [.. raws.Select(r => Normalizer.Normalize("t.txt", r).Text)];
        Joined = [.. raws.Select(r => LineBreaks().Replace(r, ""))];
    }

    public IReadOnlyList<string> Raw { get; }

    public IReadOnlyList<string> Normalized { get; }

    public IReadOnlyList<string> Joined { get; }

    [GeneratedRegex(@"[ \t]*\n\s*")]
    private static partial Regex LineBreaks();
}

/// The shortcuts that run a regex only where a literal it needs stands must find exactly what the regex finds alone.
public sealed class PreFilterTests(PreFilterTexts texts) : IClassFixture<PreFilterTexts>
{
    static List<(int, int, string)> Found(IEnumerable<Match> matches, int offset = 0) =>
        [.. matches.Select(m => (m.Index + offset, m.Length, m.Value))];

    [Fact]
    public void Township_candidates_found_near_镇_乡_街道_are_the_candidates_of_a_full_scan()
    {
        var checkedMatches = 0;
        foreach (var text in texts.Normalized.Concat(texts.Joined).Concat(TownshipEdgeCases))
        {
            var expected = Found(Townships.Candidate().Matches(text));
            Assert.Equal(expected, Found(Townships.Candidates(text)));
            checkedMatches += expected.Count;
        }
        Assert.True(checkedMatches > 1000, $"only {checkedMatches} township candidates were compared");
    }

    [Fact]
    public void Short_name_definitions_found_near_以下简称_are_those_of_a_full_scan()
    {
        var checkedMatches = 0;
        foreach (var text in texts.Normalized.Concat(ShortNameEdgeCases))
        {
            // Whole texts and ranges that cut through words, as documents are ranges of a file's text.
            foreach (var (from, to) in new[] { (0, text.Length), (text.Length / 3, text.Length - text.Length / 4), (1, Math.Max(1, text.Length - 1)) })
            {
                var expected = Found(GraphExtractor.DefinedShortName().Matches(text[from..to]), from);
                Assert.Equal(expected, Found(GraphExtractor.ShortNameDefinitions(text, from, to)));
                checkedMatches += expected.Count;
            }
        }
        Assert.True(checkedMatches > 100, $"only {checkedMatches} short-name definitions were compared");
    }

    static readonly string[] TownshipEdgeCases =
    [
        "东冶镇", "、东冶镇", "和东冶镇人民政府", "镇乡街道", "在乡镇", "，南关乡、北关乡和城关镇，滨河街道",
        "和平街道街道", "，甲乙丙丁戊己镇人民政府", "，甲乙丙丁戊己庚镇人民政府", "属新增东冶镇", "乡",
    ];

    static readonly string[] ShortNameEdgeCases =
    [
        "县森林草原防灭火指挥部（以下简称县森防指）",
        "县森林草原防灭火指挥部（以下简称“县森防指”）（以下简称县森防指）",
        "县防汛抗旱指挥部（以下简称（以下简称县防指）",
        "由县人民政府办公室牵头，县应急管理局（以下简称），县森林草原防灭火指挥部办公室（以下简称县森防办）",
        "（以下简称县防指）", "一二三（以下简称县防指）", "一二三四（以下简称县防指）",
        string.Concat(Enumerable.Repeat("县", 45)) + "（以下简称县防指）",
    ];
}

/// Each finder skips a paragraph (or bracket, or sentence) that lacks a literal its regex needs; that test must never
/// turn away text the regex matches.
public sealed class TriggerTests(PreFilterTexts texts) : IClassFixture<PreFilterTexts>
{
    IEnumerable<string> Paragraphs => texts.Normalized.SelectMany(t => t.Split('\n')).Concat(EdgeCases);

    void Holds(Func<string, bool> matches, Func<string, bool> trigger, string what)
    {
        var matched = 0;
        foreach (var p in Paragraphs.Where(matches))
        {
            Assert.True(trigger(p), $"{what}: the trigger turns away \"{p}\"");
            matched++;
        }
        Assert.True(matched >= 20, $"{what}: only {matched} paragraphs matched, too few to check the trigger on");
    }

    [Fact]
    public void Document_numbers_and_decrees_are_only_found_where_their_triggers_stand()
    {
        Holds(DocNumbers.Pattern().IsMatch, p => DocNumbers.MayHoldNumber(p), "发文字号");
        Holds(DocNumbers.DecreePattern().IsMatch, p => DocNumbers.MayHoldDecree(p), "令");
    }

    [Fact]
    public void Repeals_are_only_found_where_a_repeal_word_stands() =>
        Holds(Supersessions.Repeal().IsMatch, p => Supersessions.MayRepeal(p), "repeal");

    [Fact]
    public void Goals_are_only_found_where_a_digit_stands() =>
        Holds(p => Targets.Goal().IsMatch(p) || Targets.Build().IsMatch(p), p => Targets.HasDigit(p), "goal");

    [Fact]
    public void Responsibility_clauses_are_only_found_where_their_role_words_stand()
    {
        Holds(Responsibilities.Labelled().IsMatch, p => Responsibilities.MayHoldLabelled(p), "labelled clause");
        Holds(Responsibilities.ByUnit().IsMatch, p => Responsibilities.MayHoldByUnit(p), "由 clause");
        // Any span may be a bracket's body: every paragraph and every bracketed part of one.
        var bodies = Paragraphs.Concat(Paragraphs.SelectMany(p => p.Split('（', '）')));
        var parsed = 0;
        foreach (var body in bodies.Where(b => Responsibilities.Parse(b, LeadRule.None) is not null))
        {
            Assert.True(Responsibilities.MayNameRoles(body), $"bracket: the trigger turns away \"{body}\"");
            parsed++;
        }
        Assert.True(parsed >= 20, $"only {parsed} clauses parsed");
    }

    [Fact]
    public void Line_rules_run_their_regexes_only_on_lines_that_can_match()
    {
        var lines = texts.Raw.SelectMany(t => t.Split('\n')).Concat(texts.Normalized.SelectMany(t => t.Split('\n'))).Concat(EdgeCases).ToList();
        void LinesHold(Regex regex, Func<string, bool> trigger, string what)
        {
            var matching = lines.Where(l => regex.IsMatch(l)).ToList();
            Assert.All(matching, l => Assert.True(trigger(l), $"{what}: the trigger turns away \"{l}\""));
            Assert.True(matching.Count >= 5, $"{what}: only {matching.Count} lines matched");
        }
        LinesHold(Normalizer.DocNumberLine(), l => l.EndsWith('号'), "发文字号 line");
        LinesHold(Normalizer.DateLine(), l => l.EndsWith('日'), "date line");
        LinesHold(Segmenter.SignatureDate(), l => l.EndsWith('日'), "signature date");
        LinesHold(Normalizer.GazetteName(), l => l.Contains("公报", StringComparison.Ordinal), "gazette name");
        LinesHold(LineRepair.YearBrackets(), l => l.Contains('号'), "year in brackets");
    }

    static readonly string[] EdgeCases =
    [
        "某县人民政府公报", "2023年第1期 某县人民政府公报", "二〇二三年二月二日", "五台县人民政府 2023年2月2日", "五政发〔2023〕1号",
        "晋政办发[2017]133号", "晋政办发（2017） 133 号", "晋政办发〔2017〕133号", "平政办发（2014）84号", "国务院令第394号", "省政府令294号", "同时废止", "原《办法》不再执行",
        "代替《X》", "达到７５％以上", "完成造林１２００亩", "（县发改局负总责，县财政局配合）", "（县应急局主抓）",
        "（县林业局组织实施）", "由县发改局牵头，县财政局配合", "牵头单位：县发改局", "责任部门：县财政局",
    ];
}

public class DigitTests
{
    [Fact]
    public void Every_unicode_digit_is_0_to_9_full_width_or_in_the_ranges_searched_before_the_exact_set()
    {
        var outside = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)
            .Where(c => c is not (>= '0' and <= '9' or >= '０' and <= '９') && !Targets.OtherDigitRanges.Any(r => c >= r.From && c <= r.To))
            .Select(c => $"U+{(int)c:X4}").ToList();
        Assert.Empty(outside);
        Assert.True(Targets.HasDigit("第٣条") && Targets.HasDigit("达到７５％") && Targets.HasDigit("a1") && !Targets.HasDigit("到二〇二五年"));
    }
}
