using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace GovGraph.Cli;

/// govgraph stats: counts by label and edge type, and the agencies leading most tasks in each county.
static class StatsCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var top = new Option<int>("--top") { Description = "Lead agencies to show per county.", DefaultValueFactory = _ => 5 };
        var command = new Command("stats", "Show what the graph holds.") { store, top };
        command.SetAction((result, ct) => RunAsync(result.GetValue(store)!, result.GetValue(top), ct));
        return command;
    }

    static async Task<int> RunAsync(string spec, int top, CancellationToken ct)
    {
        await using var store = await Stores.OpenAsync(spec, ct);
        if (store is null) return ExitCodes.Usage;
        var stats = await store.StatsAsync(ct);
        var counts = new Table().AddColumns("kind", "name", "count");
        foreach (var (label, n) in stats.Nodes.OrderBy(x => x.Key, StringComparer.Ordinal)) counts.AddRow("node", label, I(n));
        foreach (var (type, n) in stats.Edges.OrderBy(x => x.Key, StringComparer.Ordinal)) counts.AddRow("edge", type, I(n));
        counts.AddRow("file", "loaded files", I(stats.Files));
        AnsiConsole.Write(counts);

        var counties = await store.ListNodesAsync(new NodeQuery(Labels.Region, Level: "county", First: 100), ct);
        var leaders = new Table().AddColumns("county", "agency", "tasks led");
        foreach (var county in counties.Items.Select(i => i.Item.Name))
            foreach (var row in await store.LeaderboardAsync(county, null, top, ct))
                leaders.AddRow(Markup.Escape(county), Markup.Escape(row.Agency.Name), I(row.Tasks));
        AnsiConsole.Write(leaders);
        return ExitCodes.Ok;
    }

    static string I(long n) => n.ToString(CultureInfo.InvariantCulture);
}
