using GraphQL.Types;

namespace GovGraph.Api.Schema;

/// `interface Node { id: ID! }`: what node(id), nodes(ids), search and relations return.
public sealed class NodeInterface : InterfaceGraphType<GraphNode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Any node of the graph: Law, Agency, Township, Task, Target or Region.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
