using System.Text.RegularExpressions;
using GovGraph.Loader.Extract;
using GovGraph.Loader.Normalize;
using GovGraph.Loader.Read;
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
        Normalized = [.. raws.Select(r => Normalizer.Normalize("t.txt", r).Text)];
        Joined = [.. raws.Select(r => LineBreaks().Replace(r, ""))];
    }

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
