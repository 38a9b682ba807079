namespace GovGraph.Bench;

/// Where the repository is: the folder above the working directory (or this program) that holds GovGraph.sln.
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Results => Path.Combine(Root, "bench", "RESULTS.md");

    public static string Queries => Path.Combine(Root, "docs", "queries");

    /// The real gazettes beside the checkouts (../shared/corpus from a worktree).
    public static string Corpus => new[] { Path.Combine(Root, "..", "shared", "corpus"), Path.Combine(Root, "shared", "corpus") }
        .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists) ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "GovGraph.sln"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }
}
