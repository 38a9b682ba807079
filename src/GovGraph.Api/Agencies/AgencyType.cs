using GovGraph.Api.Laws;
using GovGraph.Api.Regions;
using GovGraph.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Agencies;

/// A government body (人民政府、局、委员会、中心、领导小组…).
public sealed class AgencyType : ObjectGraphType<GraphNode>
{
    public AgencyType()
    {
        Name = "Agency";
        Description = "A government body (人民政府, 局, 委员会, 中心, 领导小组 …) under its canonical name qualified by its jurisdiction.";
        this.AddNodeBasics(Labels.Agency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Every surface form seen for this agency (县发改局, 县发展和改革局 …).")
            .Resolve(c => c.Source.Strings(Props.Aliases));
        this.Text("jurisdiction", Props.Jurisdiction, "The county, city or province it belongs to (五台县).");
        this.Text("level", Props.Level, "national, provincial, municipal, county or township.");
        Field<NonNullGraphType<BooleanGraphType>>("collective")
            .Description("True for collective recipients (各乡（镇）人民政府, 县直各有关单位), which are not single agencies.")
            .Resolve(c => c.Source.Bool(Props.Collective));
        AddResponsibilities("leads", EdgeTypes.Leads, "Tasks this agency leads (牵头), each with the printed role, the name as written and where it was read.");
        AddResponsibilities("cooperates", EdgeTypes.Cooperates, "Tasks this agency cooperates on (配合, 参与, 协同, 责任单位 beside a lead), with role, surface name and source.");
        this.RelatedOne<RegionType>("region", EdgeDirection.Out, EdgeTypes.In, Labels.Region, "The region whose body this is.");
        this.RelatedList<LawType>("issued", EdgeDirection.In, EdgeTypes.IssuedBy, Labels.Law, "Documents this agency issued.");
    }

    void AddResponsibilities(string name, string edgeType, string description) =>
        Field<NonNullGraphType<ResponsibilityConnectionType>>(name).Description(description)
            .Argument<IntGraphType>("first", $"Page size (at most {Args.MaxPageSize}, default {Args.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Cursor to start after.")
            .Argument<StringGraphType>("role", "Keep only this printed role (牵头单位, 配合单位, 责任单位 …).")
            .Resolve(c =>
            {
                var first = c.PageSize("first") ?? Args.DefaultPageSize;
                var after = c.GetArgument<string?>("after");
                var role = c.GetArgument<string?>("role");
                var loaders = c.Loaders();
                return loaders.Edges(c.Source.Id, EdgeDirection.Out, edgeType).Then(edges =>
                {
                    var matching = edges.Where(e => role is null || e.PropText(Props.Role) == role).ToList();
                    var start = 0;
                    if (after is not null)
                    {
                        var at = matching.FindIndex(e => e.Id == after);
                        if (at < 0) throw Args.BadInput($"Argument 'after' is not a cursor of this list: '{after}'.");
                        start = at + 1;
                    }
                    var page = matching.Skip(start).Take(first).ToList();
                    return loaders.Nodes(page.Select(e => e.To)).Then(tasks =>
                    {
                        var byId = tasks.ToDictionary(t => t.Id, StringComparer.Ordinal);
                        var items = page.Where(e => byId.ContainsKey(e.To)).Select(e => new ResponsibilityEdge(e.Id, e, byId[e.To])).ToList();
                        return new Connection<ResponsibilityEdge>(items, matching.Count,
                            new PageInfo(start + page.Count < matching.Count, start > 0,
                                items.Count > 0 ? items[0].Cursor : null, items.Count > 0 ? items[^1].Cursor : null));
                    });
                });
            });
}

public sealed record ResponsibilityEdge(string Cursor, GraphEdge Edge, GraphNode Task);

public sealed class ResponsibilityEdgeType : ObjectGraphType<ResponsibilityEdge>
{
    public ResponsibilityEdgeType()
    {
        Name = "ResponsibilityEdge";
        Description = "An agency's responsibility for a task (a LEADS or COOPERATES fact) with what the text said.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The edge's id.").Resolve(c => c.Source.Edge.Id);
        Field<StringGraphType>("role").Description("The role word as printed: 牵头单位, 配合单位, 责任单位 …").Resolve(c => c.Source.Edge.PropText(Props.Role));
        Field<StringGraphType>("surface").Description("The agency's name as written in the clause (县发改局).").Resolve(c => c.Source.Edge.PropText(Props.Surface));
        Field<SourceType>("source").Description("Where the responsibility clause was read (its first line).").Resolve(c => c.Source.Edge.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("mentions").Resolve(c => c.Source.Edge.Mentions);
        Field<NonNullGraphType<Tasks.TaskItemType>>("node").Description("The task.").Resolve(c => c.Source.Task);
    }
}

public sealed class ResponsibilityConnectionType : ObjectGraphType<Connection<ResponsibilityEdge>>
{
    public ResponsibilityConnectionType()
    {
        Name = "ResponsibilityConnection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => checked((int)c.Source.TotalCount));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponsibilityEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}

public sealed class AgencyConnectionType() : NodeConnectionType<AgencyType, AgencyEdgeType>("Agency");

public sealed class AgencyEdgeType() : NodeEdgeType<AgencyType>("Agency");
