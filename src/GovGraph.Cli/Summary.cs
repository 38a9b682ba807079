using GovGraph.Loader;
using Spectre.Console;

namespace GovGraph.Cli;

/// The table printed at the end of a load: what the store now holds, and which files failed and why.
static class Summary
{
    public static async Task WriteAsync(IGraphStore store, int loaded, IReadOnlyList<LoadFailure> failures, CancellationToken ct)
    {
        var stats = await store.StatsAsync(ct);
        var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("files loaded now", loaded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("files in store", stats.Files.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (label, count) in stats.Nodes.OrderBy(x => x.Key, StringComparer.Ordinal))
            table.AddRow($"nodes: {label}", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (type, count) in stats.Edges.OrderBy(x => x.Key, StringComparer.Ordinal))
            table.AddRow($"edges: {type}", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        if (failures.Count == 0) return;
        var failed = new Table().AddColumn("failed file").AddColumn("why");
        foreach (var f in failures) failed.AddRow(Markup.Escape(f.File), Markup.Escape(f.Reason));
        AnsiConsole.Write(failed);
        Console.Error.WriteLine($"govgraph load: {failures.Count} file(s) failed; the others were loaded.");
    }
}
