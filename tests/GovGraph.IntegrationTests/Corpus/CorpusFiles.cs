namespace GovGraph.IntegrationTests.Corpus;

/// The real gazettes in ../shared/corpus, found from the test binaries.
public static class CorpusFiles
{
    public static string Folder { get; } = Find();

    public static IEnumerable<string> All => Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal);

    public static string Starting(string prefix) => All.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared/corpus was not found above " + AppContext.BaseDirectory);
    }
}
