using System.CommandLine;

namespace GovGraph.Cli;

/// govgraph: one executable for loading, serving, exporting and measuring the graph. One file per verb.
static class Program
{
    static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("GovGraph: Chinese government documents as a knowledge graph you can question.")
        {
            LoadCommand.Create(),
            ExportCommand.Create(),
            StatsCommand.Create(),
            EvalCommand.Create(),
            ServeCommand.Create(),
            DemoCommand.Create(),
        };
        return await root.Parse(args).InvokeAsync();
    }
}
