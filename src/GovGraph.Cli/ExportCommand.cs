using System.CommandLine;

namespace GovGraph.Cli;

/// govgraph export: the graph as JSON (docs/DATA-MODEL.md), GraphML or neo4j-admin CSV.
static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "json, graphml or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "graphml", "csv");
        var output = new Option<string?>("--out", "-o") { Description = "Output file (a folder for csv); standard output when left out (json, graphml)." };
        var store = StoreOption.Create();
        var command = new Command("export", "Write the whole graph out for other tools.") { format, output, store };
        command.SetAction((result, ct) => RunAsync(result.GetValue(format)!, result.GetValue(output), result.GetValue(store)!, ct));
        return command;
    }

    static async Task<int> RunAsync(string format, string? output, string spec, CancellationToken ct)
    {
        await using var store = await Stores.OpenAsync(spec, ct);
        if (store is null) return ExitCodes.Usage;
        if (format == "csv" && output is null)
        {
            Console.Error.WriteLine("govgraph export: --format csv writes several files; give a folder with --out.");
            return ExitCodes.Usage;
        }
        await Exports.WriteAsync(store, format, output, ct);
        return ExitCodes.Ok;
    }
}
