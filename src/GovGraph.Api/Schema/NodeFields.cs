using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Schema;

/// One relationship fact seen from one of its ends: the edge (with its provenance) and the node at the other end.
public sealed record Relation(GraphEdge Edge, string FromNodeId, GraphNode Node);

public sealed class EdgeDirectionType : EnumerationGraphType<EdgeDirection>
{
    public EdgeDirectionType()
    {
        Name = "EdgeDirection";
        Description = "OUT: edges from this node; IN: edges into it; BOTH: either.";
    }
}

public sealed class RelationType : ObjectGraphType<Relation>
{
    public RelationType()
    {
        Name = "Relation";
        Description = "A relationship fact (an edge) seen from one end: its type, its printed role and surface name, where it was read, and the node at the other end.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Edge.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("LEADS, COOPERATES, CITES, SUPERSEDES, PUBLISHES, ISSUED_BY, PART_OF, HAS_TARGET or IN.")
            .Resolve(c => c.Source.Edge.Type);
        Field<NonNullGraphType<EdgeDirectionType>>("direction").Description("OUT when this node is the edge's start, IN when it is its end.")
            .Resolve(c => c.Source.Edge.From == c.Source.FromNodeId ? EdgeDirection.Out : EdgeDirection.In);
        Field<StringGraphType>("role").Description("The role word as printed (牵头单位, 配合单位, 责任单位 …), for LEADS and COOPERATES.")
            .Resolve(c => c.Source.Edge.PropText(GovGraph.Props.Role));
        Field<StringGraphType>("surface").Description("The other party's name as written in the clause (县发改局).")
            .Resolve(c => c.Source.Edge.PropText(GovGraph.Props.Surface));
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(c => c.Source.Edge.Properties);
        Field<SourceType>("source").Description("The first place this fact was read.").Resolve(c => c.Source.Edge.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("mentions").Description("Every place this fact was read.")
            .Resolve(c => c.Source.Edge.Mentions);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node at the other end.").Resolve(c => c.Source.Node);
    }
}

static class NodeFields
{
    /// What every node type has: `implements Node`, id, name, the property bag, provenance and its relationship facts.
    public static void AddNodeBasics(this ObjectGraphType<GraphNode> type, string label)
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is GraphNode n && n.Label == label;
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The text shown for this node (canonical name or title).")
            .Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<JsonGraphType>>("properties").Description("Every stored property, as one JSON object.")
            .Resolve(c => c.Source.Properties);
        type.Field<SourceType>("source").Description("The first place this node was read.").Resolve(c => c.Source.Source);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("mentions").Description("Every place this node was read.")
            .Resolve(c => c.Source.Mentions);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("relations")
            .Description("This node's relationship facts with their provenance, optionally of some edge types and one direction, in reading order.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Edge types to keep (all when omitted).")
            .Argument<EdgeDirectionType>("direction", a => a.DefaultValue = EdgeDirection.Both)
            .Argument<IntGraphType>("first", a => a.DefaultValue = Args.MaxPageSize)
            // Most nodes have a handful of relations: the default of 100 is a cap, so only an explicit `first` sets the estimate.
            .WithComplexityImpact(ctx => new(1,
                ctx.FieldAst.Arguments?.Any(a => a.Name.Value == "first") == true ? ctx.GetArgument("first", 5) : 5))
            .Resolve(c =>
            {
                var types = c.OneOf("types", EdgeTypes.All);
                var first = c.PageSize("first") ?? Args.MaxPageSize;
                var id = c.Source.Id;
                var loaders = c.Loaders();
                return loaders.Edges(id, c.GetArgument("direction", EdgeDirection.Both), null).Then(edges =>
                {
                    var kept = edges.Where(e => types is null || types.Contains(e.Type, StringComparer.Ordinal)).Take(first).ToList();
                    return loaders.Nodes(kept.Select(e => GraphLoaders.OtherEnd(e, id)).Distinct(StringComparer.Ordinal)).Then(nodes =>
                    {
                        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
                        return (IReadOnlyList<Relation>)[.. kept.Where(e => byId.ContainsKey(GraphLoaders.OtherEnd(e, id)))
                            .Select(e => new Relation(e, id, byId[GraphLoaders.OtherEnd(e, id)]))];
                    });
                });
            });
    }

    public static void Text(this ObjectGraphType<GraphNode> type, string name, string key, string description) =>
        type.Field<StringGraphType>(name).Description(description).Resolve(c => c.Source.PropText(key));

    /// A list of related nodes over one edge type, batched across the whole query level.
    public static void RelatedList<TNodeType>(this ObjectGraphType<GraphNode> type, string name, EdgeDirection direction,
        string edgeType, string label, string description) where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>(name).Description(description)
            .Resolve(c => c.Loaders().Related(c.Source.Id, direction, edgeType, label));

    public static void RelatedOne<TNodeType>(this ObjectGraphType<GraphNode> type, string name, EdgeDirection direction,
        string edgeType, string label, string description) where TNodeType : IGraphType =>
        type.Field<TNodeType>(name).Description(description)
            .Resolve(c => c.Loaders().RelatedOne(c.Source.Id, direction, edgeType, label));
}
