using GovGraph.Api.Schema;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.IntegrationTests.Api;

/// The public surface is pinned: src/GovGraph.Api/schema.graphql must equal the SDL the code generates.
public sealed class SchemaTests(SampleGraphFixture fixture) : IClassFixture<SampleGraphFixture>
{
    const string UpdateVariable = "GOVGRAPH_UPDATE_SCHEMA";

    [Fact]
    public void The_committed_schema_graphql_matches_the_generated_SDL()
    {
        var schema = fixture.Factory.Services.GetRequiredService<GovGraphSchema>();
        schema.Initialize();
        var generated = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (System.Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            File.WriteAllText(RepoPaths.Schema, generated);

        var committed = File.Exists(RepoPaths.Schema) ? File.ReadAllText(RepoPaths.Schema).ReplaceLineEndings("\n") : "";
        Assert.True(committed == generated,
            $"{RepoPaths.Schema} differs from the schema the code generates. If the change to the public API is intended, run\n" +
            $"  {UpdateVariable}=1 dotnet test tests/GovGraph.IntegrationTests --filter FullyQualifiedName~SchemaTests\n" +
            "and commit the updated schema.graphql with the change. First difference:\n" + FirstDifference(committed, generated));
    }

    static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right) return $"line {i + 1}:\n  committed: {left}\n  generated: {right}";
        }
        return "(none)";
    }
}
