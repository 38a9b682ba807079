using System.CommandLine;

namespace GovGraph.Cli;

/// govgraph: one executable for loading, serving, exporting and measuring the graph. One file per verb.
static class Program
{
    static async Task<int> Main(string[] args)
    {
        // Piped output has no terminal width; tables keep whole words and names rather than wrapping at 80 columns.
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 240;
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
