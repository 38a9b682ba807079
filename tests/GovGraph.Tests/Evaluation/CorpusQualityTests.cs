using GovGraph.Loader;
using GovGraph.Loader.Evaluation;

namespace GovGraph.Tests.Evaluation;

/// The bars of the extraction issue, measured on the hand-checked labels of the four corpus files.
public class CorpusQualityTests
{
    static readonly Lazy<List<Score>> Scores = new(() =>
    {
        var pipeline = new Pipeline();
        return Evaluator.Totals(Corpus.Files.SelectMany(f => Evaluator.Evaluate(pipeline.Load(f), Corpus.Labels, Path.GetFileName(f)[..3])));
    });

    static Score Total(string relation) => Scores.Value.Single(s => s.Relation == relation);

    [Fact]
    public void Every_document_of_the_corpus_is_found_with_its_number_title_issuer_and_date()
    {
        Assert.Equal(1.0, Total("documents").F1);
        Assert.Equal(1.0, Total("document fields").Precision);
    }

    [Theory]
    [InlineData("LEADS", 0.95)]
    [InlineData("COOPERATES", 0.95)]
    [InlineData("CITES", 0.95)]
    [InlineData("PUBLISHES", 0.90)]
    [InlineData("SUPERSEDES", 1.0)]
    [InlineData("townships", 0.95)]
    public void Relations_reach_their_bar(string relation, double f1)
    {
        var s = Total(relation);
        Assert.True(s.F1 >= f1, $"{relation}: F1 {s.F1:F3} (P {s.Precision:F3}, R {s.Recall:F3}) is below {f1}");
    }

    [Fact]
    public void Targets_are_precise()
    {
        var s = Total("targets");
        Assert.True(s.Precision >= 0.9, $"targets: precision {s.Precision:F3} (R {s.Recall:F3}) is below 0.9");
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var file = Corpus.File("003");
        var a = new Pipeline().Load(file);
        var b = new Pipeline().Load(file);
        Assert.Equal(a.Nodes.Select(n => PropertyJson.Serialize(n.Properties)), b.Nodes.Select(n => PropertyJson.Serialize(n.Properties)));
        Assert.Equal(a.Edges.Select(e => e.Id + e.Mentions.Count), b.Edges.Select(e => e.Id + e.Mentions.Count));
    }
}
