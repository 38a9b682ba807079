using System.Text.Json;
using System.Text.RegularExpressions;
using GovGraph.Synthetic;

namespace GovGraph.Tests.Synthetic;

public sealed partial class SyntheticTextTests(DamagedCorpus corpus) : IClassFixture<DamagedCorpus>
{
    // Latin that Chinese documents print: standard codes, pollutant names, and the pinyin line of a gazette's cover.
    static readonly HashSet<string> AllowedLatin = ["GB", "T", "HJ", "DB", "PM"];

    [GeneratedRegex("^[A-Z]+ RENMIN ZHENGFU GONGBAO$")]
    private static partial Regex CoverPinyin();

    [Fact]
    public void No_Latin_letters_are_printed_apart_from_allowed_tokens()
    {
        foreach (var file in corpus.Files)
        {
            // Lines are joined first: a PDF break may fall inside a token ("P" / "M10").
            var lines = Printed.Lines(file.Text).Where(l => !CoverPinyin().IsMatch(l.Trim()));
            var text = string.Concat(lines);
            foreach (Match word in Regex.Matches(text, "[A-Za-z]+"))
                Assert.True(AllowedLatin.Contains(word.Value), $"{file.Name}: '{word.Value}' in '{text[Math.Max(0, word.Index - 20)..Math.Min(text.Length, word.Index + 20)]}'");
        }
        Assert.Contains(corpus.Files, f => f.Text.Split('\n').Any(l => CoverPinyin().IsMatch(l.Trim())));
    }

    [Fact]
    public void Person_names_and_places_are_Chinese()
    {
        var appointed = corpus.Files.SelectMany(f => f.Truth.Documents)
            .Select(d => Regex.Match(d.Title, "关于(.+)等同志任免职务的通知$")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(appointed);
        Assert.All(appointed, name => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,4}$", name));
        Assert.All(corpus.Geography.Counties, c =>
        {
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{1,2}县$", c.Name);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,}市$", c.City);
            Assert.All(c.Townships, t => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,3}(镇|乡|街道)$", t.Name));
        });
        Assert.Equal(corpus.Geography.Counties.Count, corpus.Geography.Counties.Select(c => c.Name).Distinct().Count());
        var codes = corpus.Geography.Provinces.Select(p => p.Code)
            .Concat(corpus.Geography.Provinces.SelectMany(p => p.Cities).Select(c => c.Code))
            .Concat(corpus.Geography.Counties.Select(c => c.Code)).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void WriteCorpus_writes_texts_and_every_kind_of_label_in_the_labels_format()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govgraph-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            var summary = SyntheticGenerator.WriteCorpus(folder, 77, 150_000);
            var texts = Directory.GetFiles(folder, "*.txt");
            Assert.Equal(summary.Files, texts.Length);
            Assert.Equal(summary.Bytes, texts.Sum(t => new FileInfo(t).Length));
            foreach (var text in texts)
            {
                var prefix = Path.GetFileName(text).Split('_')[0];
                foreach (var kind in LabelWriter.Kinds)
                {
                    var path = Path.Combine(summary.LabelsFolder, $"{prefix}.{kind}.jsonl");
                    Assert.True(File.Exists(path), path);
                    foreach (var line in File.ReadLines(path))
                    {
                        using var json = JsonDocument.Parse(line);
                        Assert.Equal(prefix, json.RootElement.GetProperty("seed").GetString());
                        Assert.DoesNotContain("\\u", line, StringComparison.Ordinal);
                    }
                }
                var responsibility = File.ReadLines(Path.Combine(summary.LabelsFolder, $"{prefix}.responsibilities.jsonl")).First();
                using var r = JsonDocument.Parse(responsibility);
                Assert.Equal(["seed", "line", "task", "leads", "cooperates", "responsible", "raw"], r.RootElement.EnumerateObject().Select(p => p.Name));
                var document = File.ReadLines(Path.Combine(summary.LabelsFolder, $"{prefix}.documents.jsonl")).First();
                using var d = JsonDocument.Parse(document);
                Assert.Equal(["seed", "line", "title", "docNumber", "issuer", "date", "county"], d.RootElement.EnumerateObject().Select(p => p.Name));
                Assert.False(File.ReadAllBytes(text).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
