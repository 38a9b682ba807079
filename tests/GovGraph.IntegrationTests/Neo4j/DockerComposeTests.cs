using System.Diagnostics;

namespace GovGraph.IntegrationTests.Neo4j;

/// A fact that needs a program on the PATH, reported as skipped (with how to get it) where the program is missing.
public sealed class RequiresCommandFactAttribute : FactAttribute
{
    public RequiresCommandFactAttribute(string command, string install)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, command)));
        if (!onPath) Skip = $"{command} is not installed ({install})";
    }
}

/// docker-compose.yml as Debian's docker-compose reads it: Neo4j with its password from .env and a real health check,
/// the API and the loader started only once Neo4j is healthy.
public sealed class DockerComposeTests
{
    const string Install = "Debian: apt-get install docker-compose";

    static (int Exit, string Output) Compose(string envFile, params string[] args)
    {
        var start = new ProcessStartInfo("docker-compose") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var arg in new[] { "--env-file", envFile, "-f", Repo.Path("docker-compose.yml") }.Concat(args)) start.ArgumentList.Add(arg);
        start.Environment.Remove("NEO4J_PASSWORD");
        start.Environment.Remove("GOVGRAPH_DOCUMENTS");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "docker-compose did not finish in a minute");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    static string Example => Repo.Path(".env.example");

    static string ExamplePassword() =>
        File.ReadAllLines(Example).Single(l => l.StartsWith("NEO4J_PASSWORD=", StringComparison.Ordinal))["NEO4J_PASSWORD=".Length..];

    [RequiresCommandFact("docker-compose", Install)]
    public void The_compose_file_is_valid_with_the_example_env_file()
    {
        var (exit, output) = Compose(Example, "config", "-q");
        Assert.True(exit == 0, output);
    }

    [RequiresCommandFact("docker-compose", Install)]
    public void Without_a_password_in_the_env_file_compose_refuses_and_says_what_to_set()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var (exit, output) = Compose(empty, "config", "-q");
            Assert.NotEqual(0, exit);
            Assert.Contains("NEO4J_PASSWORD", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [RequiresCommandFact("docker-compose", Install)]
    public void Neo4j_is_checked_with_cypher_shell_and_the_api_and_loader_wait_until_it_is_healthy()
    {
        var (exit, config) = Compose(Example, "config");
        Assert.True(exit == 0, config);
        var password = ExamplePassword();
        string Service(string name)
        {
            var start = config.IndexOf($"\n  {name}:\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no service {name} in:\n{config}");
            var end = config.IndexOf("\n  ", start + name.Length + 5, StringComparison.Ordinal);
            while (end >= 0 && config[end + 3] == ' ') end = config.IndexOf("\n  ", end + 3, StringComparison.Ordinal);
            return end < 0 ? config[start..] : config[start..end];
        }

        var neo4j = Service("neo4j");
        Assert.Contains("image: neo4j:5.26-community", neo4j, StringComparison.Ordinal);
        Assert.Contains($"NEO4J_AUTH: neo4j/{password}", neo4j, StringComparison.Ordinal);
        Assert.Contains("cypher-shell -u neo4j", neo4j, StringComparison.Ordinal);
        Assert.Contains("'RETURN 1'", neo4j, StringComparison.Ordinal);
        Assert.Contains("neo4j-data:/data", neo4j, StringComparison.Ordinal);

        foreach (var (name, command) in new[] { ("api", "- serve\n    - --store\n    - neo4j\n    - --urls\n    - http://0.0.0.0:8080"),
                                                ("loader", "- load\n    - /data/in\n    - --store\n    - neo4j") })
        {
            var service = Service(name);
            Assert.Contains(command, service, StringComparison.Ordinal);
            Assert.Contains("depends_on:\n      neo4j:\n        condition: service_healthy", service, StringComparison.Ordinal);
            Assert.Contains("GOVGRAPH_NEO4J_URL: http://neo4j:7474", service, StringComparison.Ordinal);
            Assert.Contains($"GOVGRAPH_NEO4J_PASSWORD: {password}", service, StringComparison.Ordinal);
            Assert.Contains("context: " + Repo.Root, service, StringComparison.Ordinal);
        }
        Assert.Contains(Repo.Path("documents") + ":/data/in:ro", Service("loader"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_password_is_committed_and_the_example_one_is_long_enough_for_Neo4j()
    {
        // Neo4j 5 refuses an initial password under 8 characters and the container exits.
        Assert.True(ExamplePassword().Length >= 8, ".env.example's NEO4J_PASSWORD is shorter than Neo4j's 8-character minimum");
        Assert.Contains(".env", File.ReadAllLines(Repo.Path(".gitignore")));
        Assert.Contains(".env", File.ReadAllLines(Repo.Path(".dockerignore")));
        Assert.DoesNotContain("NEO4J_AUTH=", File.ReadAllText(Repo.Path("docker-compose.yml")), StringComparison.Ordinal);
    }
}
