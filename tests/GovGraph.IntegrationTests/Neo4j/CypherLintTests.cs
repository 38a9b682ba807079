using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovGraph.Storage;
using GovGraph.Storage.Neo4j;

namespace GovGraph.IntegrationTests.Neo4j;

/// The repository checkout the tests run from (its cypher/ and tools/ folders).
public static class Repo
{
    public static readonly string Root = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GovGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No GovGraph.sln above {AppContext.BaseDirectory}.");
    }
}

/// Every Cypher statement the Neo4j store can send passes Neo4j's own parser and semantic analysis
/// (@neo4j-cypher/language-support, run by tools/cypher-lint.cjs), with our labels, types and property keys as schema.
public sealed class CypherLintTests
{
    static readonly string Schema = Repo.Path("cypher", "lint-schema.json");

    static (int Exit, string Output) Lint(params string[] files)
    {
        var script = Repo.Path("tools", "cypher-lint.cjs");
        Assert.True(Directory.Exists(Repo.Path("tools", "node_modules", "@neo4j-cypher", "language-support")),
            "tools/node_modules is missing: run scripts/setup-tools (npm ci in tools/) first");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var arg in new[] { script, "--strict", "--schema", Schema }.Concat(files)) start.ArgumentList.Add(arg);
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        Assert.True(node.WaitForExit(TimeSpan.FromMinutes(3)), "the Cypher lint did not finish in 3 minutes");
        return (node.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void Every_file_in_cypher_passes_Neo4js_parser_and_semantic_analysis()
    {
        var (exit, output) = Lint(Repo.Path("cypher"));
        Assert.True(exit == 0, "cypher/ has Cypher errors:\n" + output);
        Assert.Contains($"{Cypher.Files.Count} file(s): 0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lint_fails_on_syntax_errors_undefined_variables_and_names_outside_our_schema()
    {
        var folder = Directory.CreateTempSubdirectory("govgraph-lint-").FullName;
        try
        {
            var broken = new Dictionary<string, (string Text, string Expected)>
            {
                ["syntax.cypher"] = ("MATCH (n:Agency) RETRUN n", "Invalid input 'RETRUN'"),
                ["variable.cypher"] = ("MATCH (n:Agency) RETURN m", "Variable `m` not defined"),
                ["label.cypher"] = ("MATCH (n:Agncy) RETURN n.name AS name", "Label Agncy is not present"),
                ["type.cypher"] = ("MATCH (a:Agency)-[:LEAD]->(t:Task) RETURN t.id AS id", "Relationship type LEAD is not present"),
                ["property.cypher"] = ("MATCH (n:Entity) RETURN n.jurisdicton AS county", "jurisdicton is not present"),
                ["bound.cypher"] = ("MATCH p = shortestPath((a:Entity)-[*..$max]-(b:Entity)) RETURN p", "error"),
            };
            foreach (var (name, (text, _)) in broken) File.WriteAllText(Path.Combine(folder, name), text);
            File.WriteAllText(Path.Combine(folder, "fine.cypher"), "MATCH (n:Entity {id: $id}) RETURN n.name AS name");

            var (exit, output) = Lint(folder);
            Assert.Equal(1, exit);
            foreach (var (name, (_, expected)) in broken)
                Assert.Contains(output.Split('\n'), line => line.Contains(name + ":", StringComparison.Ordinal) && line.Contains(expected, StringComparison.Ordinal));
            Assert.DoesNotContain("fine.cypher", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_lint_schema_lists_every_label_type_and_property_of_the_model()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Schema));
        string[] List(string key) => [.. json.RootElement.GetProperty(key).EnumerateArray().Select(e => e.GetString()!)];
        string[] labels = [.. Labels.All, "Entity", "Withdrawn", "SourceFile", "WriteLock"];
        Assert.Equal(labels.Order(StringComparer.Ordinal), List("labels").Order(StringComparer.Ordinal));
        Assert.Equal(EdgeTypes.All.Order(StringComparer.Ordinal), List("relationshipTypes").Order(StringComparer.Ordinal));
        var modelKeys = typeof(Props).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Empty(modelKeys.Except(List("propertyKeys")));
    }
}

/// Every file in cypher/ is a statement the store names, and every statement the store names is a file.
public sealed class CypherRegistryTests
{
    static IEnumerable<string> FilesOnDisk() =>
        Directory.EnumerateFiles(Repo.Path("cypher"), "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Path("cypher"), f).Replace('\\', '/')[..^".cypher".Length]);

    [Fact]
    public void Every_file_in_cypher_is_embedded_and_named_in_the_registry_and_nothing_else_is()
    {
        Assert.Equal(FilesOnDisk().Order(StringComparer.Ordinal), Cypher.Files.Keys.Order(StringComparer.Ordinal));
        var named = Cypher.All.Select(s => s.Name.StartsWith("schema#", StringComparison.Ordinal) ? "schema" : s.Name);
        Assert.Equal(Cypher.Files.Keys.Order(StringComparer.Ordinal), named.Distinct().Order(StringComparer.Ordinal));
        var fields = typeof(Cypher).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Statement))
            .Select(f => (Statement)f.GetValue(null)!);
        Assert.Empty(fields.Except(Cypher.All));
    }

    [Fact]
    public void There_is_an_upsert_for_every_label_and_edge_type()
    {
        Assert.Equal(Labels.All.Order(StringComparer.Ordinal), Cypher.UpsertNodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EdgeTypes.All.Order(StringComparer.Ordinal), Cypher.UpsertEdges.Keys.Order(StringComparer.Ordinal));
        foreach (var (label, statement) in Cypher.UpsertNodes)
            Assert.Contains($"MERGE (n:{label} {{id: row.id}})", statement.Text, StringComparison.Ordinal);
        foreach (var (type, statement) in Cypher.UpsertEdges)
            Assert.Contains($"MERGE (a)-[r:{type} {{id: row.id}}]->(b)", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_has_an_id_constraint_per_label_and_type_and_a_CJK_full_text_index()
    {
        var schema = string.Join("\n", Cypher.Schema.Select(s => s.Text));
        foreach (var label in Labels.All.Append("Entity").Append("Withdrawn"))
            Assert.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", schema, StringComparison.Ordinal);
        foreach (var type in EdgeTypes.All)
            Assert.Contains($"FOR ()-[r:{type}]-() REQUIRE r.id IS UNIQUE", schema, StringComparison.Ordinal);
        Assert.Matches(@"CREATE FULLTEXT INDEX entity_search .*n\.name, n\.title, n\.text, n\.aliases", schema);
        Assert.Contains("`fulltext.analyzer`: 'cjk'", schema, StringComparison.Ordinal);
        Assert.All(Cypher.Schema, s => Assert.Contains("IF NOT EXISTS", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shortest_path_bound_written_in_Cypher_is_the_limit_every_store_enforces()
    {
        var bound = Regex.Match(Cypher.ShortestPath.Text, @"\[\*\.\.(\d+)\]");
        Assert.True(bound.Success);
        Assert.Equal(StoreLimits.MaxPathDepth, int.Parse(bound.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Statements_take_values_only_as_parameters()
    {
        // The only literals in statements are names of our own schema (labels, the index, sort kinds) and the empty date.
        var allowed = new HashSet<string>(Labels.All.Concat(["", "graph", "entity_search", "date", "id", "cjk"]), StringComparer.Ordinal);
        foreach (var statement in Cypher.All)
            foreach (Match literal in Regex.Matches(Regex.Replace(statement.Text, @"^\s*//.*$", "", RegexOptions.Multiline), "'([^']*)'"))
                Assert.True(allowed.Contains(literal.Groups[1].Value), $"{statement.Name} has the literal '{literal.Groups[1].Value}'");
        Assert.Equal(["ids"], Cypher.GetNodes.Parameters);
        Assert.Equal(["rows"], Cypher.UpsertNodes[Labels.Law].Parameters);
    }
}
