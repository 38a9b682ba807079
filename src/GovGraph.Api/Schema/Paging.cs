using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Schema;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// A cursor connection: the page's edges, the count of everything that matched, and where the page sits.
public sealed record Connection<TEdge>(IReadOnlyList<TEdge> Edges, long TotalCount, PageInfo PageInfo);

public sealed record NodeEdge(string Cursor, GraphNode Node);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}

/// `XConnection { totalCount pageInfo edges { cursor node } }` for a node type.
public abstract class NodeConnectionType<TNodeType, TEdgeType> : ObjectGraphType<Connection<NodeEdge>>
    where TNodeType : IGraphType where TEdgeType : IGraphType
{
    protected NodeConnectionType(string nodeName)
    {
        Name = nodeName + "Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => checked((int)c.Source.TotalCount));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The page's nodes without their cursors.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
    }
}

public abstract class NodeEdgeType<TNodeType> : ObjectGraphType<NodeEdge> where TNodeType : IGraphType
{
    protected NodeEdgeType(string nodeName)
    {
        Name = nodeName + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

[Flags]
public enum NodeFilters
{
    None = 0,
    Contains = 1,
    County = 2,
    Level = 4,
    Kind = 8,
    Dates = 16,
}

public sealed class NodeSortType : EnumerationGraphType<NodeSort>
{
    public NodeSortType()
    {
        Name = "NodeSort";
        Description = "Order of a node list: by name (or title), by date, or by id.";
    }
}

static class NodeConnections
{
    /// A root list of one label: filters that apply to it, sorting, and cursor pagination both ways, read from the store.
    public static void AddNodeConnection<TConnectionType>(this ObjectGraphType query, string name, string label, NodeFilters filters, string description)
        where TConnectionType : IGraphType
    {
        var field = query.Field<NonNullGraphType<TConnectionType>>(name).Description(description);
        if (filters.HasFlag(NodeFilters.Contains)) field.Argument<StringGraphType>("contains", "Name or title contains this text.");
        if (filters.HasFlag(NodeFilters.County)) field.Argument<StringGraphType>("county", "County (jurisdiction), e.g. 五台县.");
        if (filters.HasFlag(NodeFilters.Level)) field.Argument<StringGraphType>("level", "Level: national, provincial, municipal, county, township.");
        if (filters.HasFlag(NodeFilters.Kind)) field.Argument<StringGraphType>("kind", "Kind: law, regulation, plan, notice, opinion, decision, announcement, standard, other.");
        if (filters.HasFlag(NodeFilters.Dates))
        {
            field.Argument<IntGraphType>("year", "Year of the document's date.");
            field.Argument<StringGraphType>("dateFrom", "Earliest date, inclusive (ISO, 2023-01-01).");
            field.Argument<StringGraphType>("dateTo", "Latest date, inclusive (ISO, 2023-12-31).");
        }
        field.Argument<NodeSortType>("sort", a => a.DefaultValue = NodeSort.Name)
            .Argument<BooleanGraphType>("descending", a => a.DefaultValue = false)
            .Argument<IntGraphType>("first", $"Page size from the start or after `after` (at most {Args.MaxPageSize}; {Args.DefaultPageSize} when neither first nor last is given).")
            .Argument<StringGraphType>("after", "Cursor to start after.")
            .Argument<IntGraphType>("last", $"Page size from the end or before `before` (at most {Args.MaxPageSize}).")
            .Argument<StringGraphType>("before", "Cursor to end before.")
            .ResolveAsync(async ctx =>
            {
                var first = ctx.PageSize("first");
                var last = ctx.PageSize("last");
                var query = new NodeQuery(
                    label,
                    Contains: ctx.GetArgument<string?>("contains"),
                    County: ctx.GetArgument<string?>("county"),
                    Level: ctx.GetArgument<string?>("level"),
                    Kind: ctx.GetArgument<string?>("kind"),
                    Year: ctx.Year("year"),
                    DateFrom: ctx.IsoDate("dateFrom"),
                    DateTo: ctx.IsoDate("dateTo"),
                    Sort: ctx.GetArgument("sort", NodeSort.Name),
                    Descending: ctx.GetArgument("descending", false),
                    First: first ?? (last is null ? Args.DefaultPageSize : 0),
                    After: ctx.GetArgument<string?>("after"),
                    Last: last,
                    Before: ctx.GetArgument<string?>("before"));
                if (query.Last is not null && first is not null)
                    throw Args.BadInput("Give either 'first' or 'last', not both.");
                try
                {
                    return (object)ToConnection(await ctx.Store().ListNodesAsync(query, ctx.CancellationToken));
                }
                catch (ArgumentException e)
                {
                    // The store rejects what it cannot use (a malformed cursor); the client should read why.
                    throw Args.BadInput(e.Message);
                }
            });
    }

    public static Connection<NodeEdge> ToConnection(Page<GraphNode> page) =>
        new([.. page.Items.Select(i => new NodeEdge(i.Cursor, i.Item))], page.TotalCount,
            new PageInfo(page.HasNextPage, page.HasPreviousPage,
                page.Items.Count > 0 ? page.Items[0].Cursor : null, page.Items.Count > 0 ? page.Items[^1].Cursor : null));
}
