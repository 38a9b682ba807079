using GovGraph.Api.Schema;
using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// Nodes and edges in the flat shape graph-drawing libraries take (cytoscape.js, vis-network, d3).
public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and edges, flat, ready for cytoscape.js, vis-network or d3.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubgraphNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubgraphEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when `neighborhood` reached more nodes at some hop than its `perHop` and left the rest out.")
            .Resolve(c => c.Source.Truncated);
    }
}

public sealed class SubgraphNodeType : ObjectGraphType<GraphNode>
{
    public SubgraphNodeType()
    {
        Name = "SubgraphNode";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Law, Agency, Township, Task, Target or Region.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(c => c.Source.Properties);
        Field<SourceType>("source").Description("The first place this node was read.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The same node with its typed fields.").Resolve(c => c.Source);
    }
}

public sealed class SubgraphEdgeType : ObjectGraphType<GraphEdge>
{
    public SubgraphEdgeType()
    {
        Name = "SubgraphEdge";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<IdGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(c => c.Source.Properties);
        Field<SourceType>("source").Description("The first place this fact was read.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("mentions").Description("Every place this fact was read.")
            .Resolve(c => c.Source.Mentions);
    }
}

public sealed class TrailDirectionType : EnumerationGraphType<TrailDirection>
{
    public TrailDirectionType()
    {
        Name = "TrailDirection";
        Description = "UP follows CITES and SUPERSEDES out, towards the regulations a document rests on; DOWN follows them in, to everything that cites it.";
    }
}
