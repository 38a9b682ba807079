using System.CommandLine;
using GovGraph.Cli;

// govgraph: one executable for loading, serving, exporting and measuring the graph. One file per verb.
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
