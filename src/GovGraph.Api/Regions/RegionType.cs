using GovGraph.Api.Agencies;
using GovGraph.Api.Schema;
using GovGraph.Api.Townships;
using GraphQL.Types;

namespace GovGraph.Api.Regions;

/// A county, city or province that scopes agencies and townships.
public sealed class RegionType : ObjectGraphType<GraphNode>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A county, city or province that scopes agencies and townships.";
        this.AddNodeBasics(Labels.Region);
        this.Text("level", Props.Level, "county, municipal or provincial.");
        this.Text("parentName", Props.Parent, "The enclosing region's name as stored (忻州市).");
        this.RelatedOne<RegionType>("parent", EdgeDirection.Out, EdgeTypes.In, Labels.Region, "The enclosing region.");
        this.RelatedList<RegionType>("children", EdgeDirection.In, EdgeTypes.In, Labels.Region, "Regions inside this one.");
        this.RelatedList<AgencyType>("agencies", EdgeDirection.In, EdgeTypes.In, Labels.Agency, "Agencies of this region.");
        this.RelatedList<TownshipType>("townships", EdgeDirection.In, EdgeTypes.In, Labels.Township, "Townships in this region.");
    }
}

public sealed class RegionConnectionType() : NodeConnectionType<RegionType, RegionEdgeType>("Region");

public sealed class RegionEdgeType() : NodeEdgeType<RegionType>("Region");
