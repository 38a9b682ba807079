using System.CommandLine;
using GovGraph.Storage;

namespace GovGraph.Cli;

/// The --store option every verb shares: where the graph lives.
static class StoreOption
{
    public static Option<string> Create() => new("--store", "-s")
    {
        Description = "Where the graph lives: " + string.Join("; ", GraphStores.Forms) + ". Also GOVGRAPH_STORE.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GOVGRAPH_STORE") is { Length: > 0 } s ? s : GraphStores.DefaultSpec,
    };
}
