namespace GovGraph.IntegrationTests.Api;

/// Paths in the source tree (the committed schema, the documented queries, the Node tools), found from the test binaries.
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Schema => Path.Combine(Root, "src", "GovGraph.Api", "schema.graphql");

    public static string QueriesDir => Path.Combine(Root, "docs", "queries");

    public static string Query(string name) => Path.Combine(QueriesDir, name);

    public static string Tools => Path.Combine(Root, "tools");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"GovGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
