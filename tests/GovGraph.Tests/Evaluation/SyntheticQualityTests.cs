using GovGraph.Loader;
using GovGraph.Loader.Evaluation;
using GovGraph.Loader.Read;
using GovGraph.Synthetic;

namespace GovGraph.Tests.Evaluation;

/// Extraction measured on generated gazettes it has never seen (other counties, other printings), whose truth is
/// known: the bars hold beyond the four corpus files.
public sealed class SyntheticQualityTests : IDisposable
{
    readonly string _labels = Directory.CreateTempSubdirectory("govgraph-synthetic-").FullName;

    List<Score> Evaluate(int seed)
    {
        var pipeline = new Pipeline();
        var scores = new List<Score>();
        foreach (var file in SyntheticGenerator.Generate(seed, 600_000))
        {
            file.WriteLabels(_labels);
            var graph = pipeline.FromText(new RawText(file.Name, file.Text, Ids.Hash(file.Text)));
            scores.AddRange(Evaluator.Evaluate(graph, _labels, file.Prefix));
        }
        return Evaluator.Totals(scores);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(4242)]
    public void Unseen_gazettes_reach_the_bars(int seed)
    {
        var totals = Evaluate(seed).ToDictionary(s => s.Relation);
        foreach (var (relation, bar) in new[] { ("LEADS", 0.95), ("COOPERATES", 0.95), ("CITES", 0.90), ("SUPERSEDES", 0.90), ("documents", 0.95), ("townships", 0.90) })
            Assert.True(totals[relation].F1 >= bar, $"seed {seed}, {relation}: F1 {totals[relation].F1:F3} (P {totals[relation].Precision:F3}, R {totals[relation].Recall:F3}) is below {bar}");
        Assert.True(totals["targets"].Precision >= 0.9, $"seed {seed}, targets: precision {totals["targets"].Precision:F3}");
    }

    public void Dispose() => Directory.Delete(_labels, recursive: true);
}
