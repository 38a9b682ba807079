using GovGraph.Api.Regions;
using GovGraph.Api.Schema;
using GraphQL.Types;

namespace GovGraph.Api.Townships;

/// A 乡, 镇 or 街道.
public sealed class TownshipType : ObjectGraphType<GraphNode>
{
    public TownshipType()
    {
        Name = "Township";
        Description = "A township (乡, 镇 or 街道).";
        this.AddNodeBasics(Labels.Township);
        this.Text("county", Props.County, "The county it belongs to (五台县).");
        this.RelatedOne<RegionType>("region", EdgeDirection.Out, EdgeTypes.In, Labels.Region, "The county region it lies in.");
    }
}

public sealed class TownshipConnectionType() : NodeConnectionType<TownshipType, TownshipEdgeType>("Township");

public sealed class TownshipEdgeType() : NodeEdgeType<TownshipType>("Township");
