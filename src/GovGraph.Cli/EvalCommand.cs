using System.CommandLine;
using System.Globalization;
using GovGraph.Loader;
using GovGraph.Loader.Evaluation;
using Spectre.Console;

namespace GovGraph.Cli;

/// govgraph eval --labels DIR PATH...: precision, recall and F1 per relation and file against hand-checked labels.
static class EvalCommand
{
    public static Command Create()
    {
        var labels = new Option<DirectoryInfo>("--labels") { Description = "Folder of <prefix>.<kind>.jsonl label files (format: LABELS.md).", Required = true };
        var paths = new Argument<string[]>("path") { Description = "Input files or folders; a file is scored against the labels whose prefix starts its name.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("eval", "Measure extraction against labelled facts.") { labels, paths };
        command.SetAction(result => Run(result.GetValue(labels)!, result.GetValue(paths)!));
        return command;
    }

    static int Run(DirectoryInfo labels, string[] paths)
    {
        if (!labels.Exists)
        {
            Console.Error.WriteLine($"govgraph eval: label folder '{labels.FullName}' not found.");
            return ExitCodes.Usage;
        }
        var prefixes = labels.EnumerateFiles("*.jsonl").Select(f => f.Name.Split('.')[0]).Distinct().ToList();
        var pipeline = new Pipeline();
        var scores = new List<Score>();
        foreach (var file in Pipeline.Expand(paths))
        {
            var prefix = prefixes.Where(p => Path.GetFileName(file).StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length);
            if (prefix is null) continue;
            try { scores.AddRange(Evaluator.Evaluate(pipeline.Load(file), labels.FullName, prefix)); }
            catch (LoadException e) { Console.Error.WriteLine($"govgraph eval: {e.Message}"); return ExitCodes.SomeFailed; }
        }
        if (scores.Count == 0)
        {
            Console.Error.WriteLine("govgraph eval: no input file matches a label prefix in " + labels.FullName);
            return ExitCodes.Usage;
        }
        var table = new Table().AddColumns("relation", "file", "precision", "recall", "F1", "matched", "predicted", "labelled");
        foreach (var s in scores.OrderBy(s => Array.IndexOf(Evaluator.Relations, s.Relation)).ThenBy(s => s.File, StringComparer.Ordinal).Concat(Evaluator.Totals(scores)))
            table.AddRow(s.Relation, Markup.Escape(s.File), F(s.Precision), F(s.Recall), F(s.F1), I(s.TruePositives), I(s.Predicted), I(s.Gold));
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);

    static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
