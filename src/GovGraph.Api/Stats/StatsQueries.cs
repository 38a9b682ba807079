using GovGraph.Api.Agencies;
using GovGraph.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Stats;

public sealed record CountRow(string Name, long Count);

public sealed class CountType : ObjectGraphType<CountRow>
{
    public CountType()
    {
        Name = "Count";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => checked((int)c.Source.Count));
    }
}

public sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "What the store holds: nodes per label, edges per type, files loaded.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("nodes").Description("Nodes per label.")
            .Resolve(c => Rows(c.Source.Nodes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("edges").Description("Edges per type.")
            .Resolve(c => Rows(c.Source.Edges));
        Field<NonNullGraphType<IntGraphType>>("files").Resolve(c => checked((int)c.Source.Files));
        Field<NonNullGraphType<IntGraphType>>("totalNodes").Resolve(c => checked((int)c.Source.Nodes.Values.Sum()));
        Field<NonNullGraphType<IntGraphType>>("totalEdges").Resolve(c => checked((int)c.Source.Edges.Values.Sum()));
    }

    static List<CountRow> Rows(IReadOnlyDictionary<string, long> counts) =>
        [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CountRow(p.Key, p.Value))];
}

public sealed class LeaderRowType : ObjectGraphType<LeaderRow>
{
    public LeaderRowType()
    {
        Name = "LeaderboardRow";
        Field<NonNullGraphType<AgencyType>>("agency").Resolve(c => c.Source.Agency);
        Field<NonNullGraphType<IntGraphType>>("tasks").Description("Number of tasks led.").Resolve(c => checked((int)c.Source.Tasks));
    }
}

static class StatsQueries
{
    public static void AddStats(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StatsType>>("stats")
            .ResolveAsync(async c => (object)await c.Store().StatsAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderRowType>>>>("leaderboard")
            .Description("Agencies by number of tasks led, optionally within a county and a year.")
            .Argument<StringGraphType>("county", "The agencies' county (jurisdiction), e.g. 五台县.")
            .Argument<IntGraphType>("year", "Year of the tasks' documents.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var first = c.PageSize("first") ?? 10;
                return (object)await c.Store().LeaderboardAsync(c.GetArgument<string?>("county"), c.Year("year"), first, c.CancellationToken);
            });
    }
}
