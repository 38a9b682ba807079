using GovGraph.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// Traversals for visualization and tracing: neighborhood, citation trail, shortest path.
public static class GraphQueries
{
    public const int MaxNeighborhoodDepth = 3;
    public const int MaxTrailDepth = 10;
    public const int MaxPathDepth = 8;

    /// Nodes kept per hop of a neighbourhood unless `perHop` says otherwise: a drawing of a hub stays readable, and a
    /// depth-2 answer from an agency leading 150 tasks stays a few dozen nodes instead of ~160 (220 KB).
    public const int DefaultPerHop = 25;

    public static void AddGraphQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SubgraphType>>("neighborhood")
            .Description($"Nodes and edges within `depth` hops of a node, either direction (depth 1 to {MaxNeighborhoodDepth}).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("edgeTypes", "Edge types to follow (all when omitted).")
            .Argument<IntGraphType>("perHop", a =>
            {
                a.Description = $"Each hop keeps this many of its new neighbours, smallest ids first, and walks on from them (1 to {Args.MaxPageSize}); " +
                                "`truncated` says whether any were left out.";
                a.DefaultValue = DefaultPerHop;
            })
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var depth = c.IntInRange("depth", 1, 1, MaxNeighborhoodDepth);
                var types = c.OneOf("edgeTypes", EdgeTypes.All);
                var perHop = c.IntInRange("perHop", DefaultPerHop, 1, Args.MaxPageSize);
                return (object)NotEmpty(await c.Store().NeighborhoodAsync(id, depth, types, perHop, c.CancellationToken), id);
            });

        query.Field<NonNullGraphType<SubgraphType>>("citationTrail")
            .Description("The chain of CITES and SUPERSEDES from a document: UP to the regulations it rests on, DOWN to everything that cites it.")
            .Argument<NonNullGraphType<IdGraphType>>("lawId")
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 5)
            .Argument<TrailDirectionType>("direction", a => a.DefaultValue = TrailDirection.Up)
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("lawId");
                var depth = c.IntInRange("depth", 5, 1, MaxTrailDepth);
                var trail = await c.Store().CitationTrailAsync(id, depth, c.GetArgument("direction", TrailDirection.Up), c.CancellationToken);
                return (object)NotEmpty(trail, id);
            });

        query.Field<SubgraphType>("shortestPath")
            .Description("A shortest path between two nodes over any edges, either direction; null when none within maxDepth hops.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxDepth", a => a.DefaultValue = 6)
            .ResolveAsync(async c =>
            {
                var maxDepth = c.IntInRange("maxDepth", 6, 1, MaxPathDepth);
                return await c.Store().ShortestPathAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), maxDepth, c.CancellationToken);
            });
    }

    /// A traversal from an unknown id is a client mistake worth naming, not an empty picture.
    static Subgraph NotEmpty(Subgraph graph, string id) =>
        graph.Nodes.Count > 0 ? graph : throw new ExecutionError($"No node with id '{id}'.") { Code = "NOT_FOUND" };
}
