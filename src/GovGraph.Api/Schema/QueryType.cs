using GovGraph.Api.Agencies;
using GovGraph.Api.Graph;
using GovGraph.Api.Laws;
using GovGraph.Api.Regions;
using GovGraph.Api.Search;
using GovGraph.Api.Stats;
using GovGraph.Api.Targets;
using GovGraph.Api.Tasks;
using GovGraph.Api.Townships;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Schema;

/// The read-only root: lookups, lists, search, traversals and counts. Each feature folder adds its own fields.
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NodeInterface>("node").Description("A node by id, null when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Node(c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Nodes by id, in the order asked, null where unknown (at most {Args.MaxPageSize} ids).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > Args.MaxPageSize)
                    throw Args.BadInput($"Argument 'ids' may hold at most {Args.MaxPageSize} ids; got {ids.Count}.");
                return c.Loaders().Nodes(ids).Then(found =>
                {
                    var byId = found.ToDictionary(n => n.Id, StringComparer.Ordinal);
                    return ids.Select(id => byId.GetValueOrDefault(id)).ToList();
                });
            });

        this.AddNodeConnection<LawConnectionType>("laws", Labels.Law,
            NodeFilters.Contains | NodeFilters.Level | NodeFilters.Kind | NodeFilters.Dates, "Documents (法律, 条例, 规划, 方案, 通知 …).");
        this.AddNodeConnection<AgencyConnectionType>("agencies", Labels.Agency,
            NodeFilters.Contains | NodeFilters.County | NodeFilters.Level, "Government bodies.");
        this.AddNodeConnection<TaskConnectionType>("tasks", Labels.Task, NodeFilters.Contains, "Numbered tasks of plans and notices.");
        this.AddNodeConnection<TownshipConnectionType>("townships", Labels.Township,
            NodeFilters.Contains | NodeFilters.County, "Townships (乡, 镇, 街道).");
        this.AddNodeConnection<TargetConnectionType>("targets", Labels.Target, NodeFilters.Contains, "Quantitative targets.");
        this.AddNodeConnection<RegionConnectionType>("regions", Labels.Region,
            NodeFilters.Contains | NodeFilters.Level, "Counties, cities and provinces.");

        this.AddSearch();
        this.AddGraphQueries();
        this.AddStats();
    }
}
