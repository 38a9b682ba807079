using GovGraph.Api.Schema;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Search;

static class SearchQueries
{
    public static void AddSearch(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("search")
            .Description("Chinese full-text search over names, titles and task text, 1–2 character words included; best matches first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("labels", "Labels to search (all when omitted): Law, Agency, Township, Task, Target, Region.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = Args.DefaultPageSize)
            .ResolveAsync(async c =>
            {
                var text = c.RequiredText("text");
                var labels = c.OneOf("labels", Labels.All);
                var first = c.PageSize("first") ?? Args.DefaultPageSize;
                var hits = await c.Store().SearchAsync(text, labels, first, c.CancellationToken);
                return (object)hits.Select(h => h.Node).ToList();
            });
}
