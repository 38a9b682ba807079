using System.Text;

namespace GovGraph.Bench;

/// bench/RESULTS.md: one generated block per suite between marker comments; a run rewrites its own block and the
/// machine block and leaves everything else (the hand-written analysis) as it is.
public static class ResultsFile
{
    public static readonly IReadOnlyList<(string Suite, string Heading)> Suites =
    [
        ("extract", "## 1. Extraction alone, per stage"),
        ("load", "## 2. Loading end to end into SQLite"),
        ("store", "## 3. Store: upserts and queries on a graph of ≥ 1M edges"),
        ("serving", "## 4. Serving GraphQL over HTTP"),
    ];

    public static void Update(string path, Machine machine, SuiteReport report, string command)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : Template();
        text = Replace(text, "machine", machine.Markdown());

        var block = new List<string>
        {
            $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `{command}`.",
            "",
        };
        block.AddRange(report.Markdown);
        text = Replace(text, report.Suite, block);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    static string Replace(string text, string name, IEnumerable<string> lines)
    {
        var (open, close) = ($"<!-- bench:{name} -->", $"<!-- /bench:{name} -->");
        var body = open + "\n" + string.Join("\n", lines).TrimEnd() + "\n" + close;
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.IndexOf(close, StringComparison.Ordinal);
        if (start < 0 || end < start) return text.TrimEnd() + "\n\n" + body + "\n";
        return text[..start] + body + text[(end + close.Length)..];
    }

    static string Template()
    {
        var t = new StringBuilder();
        t.Append("# GovGraph benchmarks\n\n");
        t.Append("Regenerate every number below with `bench/run` (add `--large` for the 1 GB load). One suite alone:\n");
        t.Append("`dotnet run -c Release --project bench/GovGraph.Bench -- <extract|load|store|serving>`. Each run rewrites its\n");
        t.Append("own block (between the `bench:` markers); the text outside the blocks is written by hand.\n\n");
        t.Append("## Machine\n\n<!-- bench:machine -->\n<!-- /bench:machine -->\n");
        foreach (var (suite, heading) in Suites)
            t.Append($"\n{heading}\n\n<!-- bench:{suite} -->\nNot run yet.\n<!-- /bench:{suite} -->\n");
        return t.ToString();
    }
}
