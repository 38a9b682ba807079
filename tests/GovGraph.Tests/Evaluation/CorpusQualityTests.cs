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
    [InlineData("LEADS", 0.90)]
    [InlineData("COOPERATES", 0.75)]
    [InlineData("CITES", 0.90)]
    public void Relations_reach_their_bar(string relation, double f1)
    {
        var s = Total(relation);
        Assert.True(s.F1 >= f1, $"{relation}: F1 {s.F1:F3} (P {s.Precision:F3}, R {s.Recall:F3}) is below {f1}");
    }
}
