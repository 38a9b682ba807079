namespace GovGraph.Tests;

/// The real gazettes in ../shared/corpus and their hand-checked labels.
public static class Corpus
{
    public static string Folder { get; } = Find();

    public static string Labels { get; } = Path.Combine(AppContext.BaseDirectory, "Labels");

    public static IEnumerable<string> Files => Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal);

    public static string File(string prefix) => Files.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("../shared/corpus was not found above " + AppContext.BaseDirectory);
    }
}
