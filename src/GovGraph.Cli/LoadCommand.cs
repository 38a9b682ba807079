using System.CommandLine;
using GovGraph.Loader;
using GovGraph.Storage;
using Microsoft.Extensions.FileSystemGlobbing;
using Spectre.Console;

namespace GovGraph.Cli;

/// govgraph load PATH...: reads files, folders and globs, extracts them in parallel and stores each file's graph whole.
static class LoadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files (.txt, .pdf, .docx), folders or globs such as 'gazettes/**/*.pdf'.", Arity = ArgumentArity.OneOrMore };
        var store = StoreOption.Create();
        var command = new Command("load", "Load documents into the graph. A file's facts are stored whole or not at all; reloading a file replaces what it said before.") { paths, store };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, result.GetValue(store)!, ct));
        return command;
    }

    static async Task<int> RunAsync(string[] paths, string storeSpec, CancellationToken ct)
    {
        var (files, missing) = Resolve(paths);
        if (files.Count == 0 && missing.Count > 0)
        {
            Console.Error.WriteLine($"govgraph load: nothing to load: {string.Join(", ", missing.Select(m => m.File))} not found. Give files, folders or globs of .txt, .pdf or .docx.");
            return ExitCodes.Usage;
        }
        await using var graphStore = await Stores.OpenAsync(storeSpec, ct);
        if (graphStore is null) return ExitCodes.Usage;

        var summary = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Loading documents", maxValue: Math.Max(1, files.Count));
                return await new Loading(graphStore, new Pipeline()).RunAsync(files, _ => task.Increment(1), ct);
            });

        var failures = missing.Concat(summary.Failures).ToList();
        await Summary.WriteAsync(graphStore, summary.Loaded, failures, ct);
        return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    /// Files as given, documents inside folders, and matches of globs, in a stable order.
    static (List<string> Files, List<LoadFailure> Missing) Resolve(string[] paths)
    {
        var files = new List<string>();
        var missing = new List<LoadFailure>();
        foreach (var path in paths)
        {
            if (File.Exists(path) || Directory.Exists(path)) { files.AddRange(Pipeline.Expand([path])); continue; }
            if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                var root = GlobRoot(path);
                matcher.AddInclude(Path.GetRelativePath(root, path));
                var matches = matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
                if (matches.Count > 0) { files.AddRange(matches); continue; }
            }
            missing.Add(new LoadFailure(path, "no such file or folder"));
        }
        return ([.. files.Distinct()], missing);
    }

    static string GlobRoot(string pattern)
    {
        var full = Path.GetFullPath(pattern);
        var wildcard = full.IndexOfAny(['*', '?']);
        var root = Path.GetDirectoryName(full[..wildcard]) ?? ".";
        return Directory.Exists(root) ? root : ".";
    }
}
