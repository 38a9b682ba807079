using System.Diagnostics;
using GovGraph.Storage;
using static GovGraph.IntegrationTests.Store.StoreWorld;

namespace GovGraph.IntegrationTests.Store;

/// What every graph store must do, whatever is behind it. A concrete class supplies <see cref="OpenStoreAsync"/>;
/// each test starts from an empty store (every file removed, which is itself checked) and uses only IGraphStore.
public abstract class GraphStoreContract : IAsyncLifetime
{
    readonly List<IGraphStore> _opened = [];

    /// A new client on this test class's database. Called once per test, and again where a test needs a second
    /// client (a second process would do the same).
    protected abstract Task<IGraphStore> OpenClientAsync();

    protected IGraphStore Store { get; private set; } = null!;

    protected async Task<IGraphStore> OpenStoreAsync()
    {
        var store = await OpenClientAsync();
        _opened.Add(store);
        return store;
    }

    public async Task InitializeAsync()
    {
        Store = await OpenStoreAsync();
        foreach (var file in await Store.FilesAsync()) Assert.True(await Store.RemoveFileAsync(file.File));
        var stats = await Store.StatsAsync();
        Assert.Equal(0, stats.Files);
        Assert.Equal(0, stats.Nodes.Values.Sum());
        Assert.Equal(0, stats.Edges.Values.Sum());
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
    }

    protected async Task LoadAsync(params FileGraph[] files)
    {
        foreach (var f in files) await Store.ReplaceFileAsync(f);
    }

    async Task<GraphNode?> Node(string id) => (await Store.GetNodesAsync([id])).SingleOrDefault();

    async Task<List<string>> AllIds()
    {
        var ids = new List<string>();
        await foreach (var n in Store.AllNodesAsync()) ids.Add(n.Id);
        return ids;
    }

    async Task<List<string>> AllEdgeIds()
    {
        var ids = new List<string>();
        await foreach (var e in Store.AllEdgesAsync()) ids.Add(e.Id);
        return ids;
    }

    static IEnumerable<string> Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    // ---- Writing: ownership, atomicity, reloads

    [ContractFact]
    public async Task Replacing_a_file_leaves_exactly_its_new_facts()
    {
        await LoadAsync(Wutai());
        var v2 = Wutai(withEmergencyTask: false, extraTask: "开展汛前巡查");
        await Store.ReplaceFileAsync(v2);

        Assert.Equal(Distinct(v2.Nodes.Select(n => n.Id)), await AllIds());
        Assert.Equal(Distinct(v2.Edges.Select(e => e.Id)), await AllEdgeIds());
        Assert.Null(await Node(T3));
        var file = Assert.Single(await Store.FilesAsync());
        Assert.Equal((WutaiFile, v2.ContentHash, v2.Nodes.Count, v2.Edges.Count), (file.File, file.ContentHash, file.Nodes, file.Edges));
    }

    [ContractFact]
    public async Task Loading_the_same_files_again_changes_nothing_and_exports_the_same_bytes()
    {
        await LoadAsync(Wutai(), Daixian());
        var first = await Exports.JsonAsync(Store);
        var stats = await Store.StatsAsync();

        await LoadAsync(Wutai(), Daixian());
        Assert.Equal(first, await Exports.JsonAsync(Store));
        Assert.Equal(stats, await Store.StatsAsync(), new StatsComparer());

        // The merged view depends on what the files say, not on the order they came in.
        Assert.True(await Store.RemoveFileAsync(WutaiFile));
        Assert.True(await Store.RemoveFileAsync(DaixianFile));
        await LoadAsync(Daixian(), Wutai());
        Assert.Equal(first, await Exports.JsonAsync(Store));
    }

    [ContractFact]
    public async Task Files_replaced_in_one_batch_give_what_they_give_one_by_one()
    {
        await LoadAsync(Wutai(), Daixian(), Agencies("agencies.txt", 5));
        var oneByOne = await Exports.JsonAsync(Store);
        var stats = await Store.StatsAsync();
        foreach (var file in await Store.FilesAsync()) Assert.True(await Store.RemoveFileAsync(file.File));

        // Files that share nodes (the cited laws, the county) in one batch, in another order.
        await Store.ReplaceFilesAsync([Agencies("agencies.txt", 5), Daixian(), Wutai()]);
        Assert.Equal(oneByOne, await Exports.JsonAsync(Store));
        Assert.Equal(stats, await Store.StatsAsync(), new StatsComparer());

        // A batch that replaces stored files withdraws what they said before.
        await Store.ReplaceFilesAsync([Wutai(withEmergencyTask: false), Agencies("agencies.txt", 5)]);
        Assert.Null(await Node(T3));
        await Store.ReplaceFilesAsync([Wutai()]);
        Assert.Equal(oneByOne, await Exports.JsonAsync(Store));
    }

    [ContractFact]
    public async Task A_law_cited_by_one_file_and_loaded_by_another_survives_either_removal()
    {
        await LoadAsync(Wutai(), Daixian());
        var merged = (await Node(L1))!;
        Assert.Equal(true, merged.Properties[Props.Loaded]);
        Assert.Equal("2023-04-03", merged.Str(Props.Date));
        Assert.Equal([DaixianFile, WutaiFile], merged.Mentions.Select(m => m.File).Distinct().ToArray());

        Assert.True(await Store.RemoveFileAsync(WutaiFile));
        var cited = (await Node(L1))!;
        Assert.Equal(false, cited.Properties[Props.Loaded]);
        Assert.Null(cited.Str(Props.Date));
        Assert.All(cited.Mentions, m => Assert.Equal(DaixianFile, m.File));
        Assert.NotNull(await Node(N1));
        Assert.Null(await Node(A1));
        Assert.Null(await Node(P1));
        Assert.Equal(Distinct(Daixian().Nodes.Select(n => n.Id)), await AllIds());

        await LoadAsync(Wutai());
        Assert.True(await Store.RemoveFileAsync(DaixianFile));
        Assert.Equal(true, (await Node(L1))!.Properties[Props.Loaded]);
        Assert.NotNull(await Node(N1));
        Assert.Null(await Node(L2));
        Assert.Equal(Distinct(Wutai().Edges.Select(e => e.Id)), await AllEdgeIds());
    }

    [ContractFact]
    public async Task An_edge_to_a_node_that_only_another_file_asserts_goes_with_that_file_and_comes_back_with_it()
    {
        await LoadAsync(Wutai());
        var g = new FileGraphBuilder("notes.txt");
        var note = g.Law("县委备忘录", "县委备忘录", kind: "other");
        var cites = g.Edge(EdgeTypes.Cites, note, P1);
        await Store.ReplaceFileAsync(g.Build());
        Assert.Contains(cites, await AllEdgeIds());

        Assert.True(await Store.RemoveFileAsync(WutaiFile));
        Assert.DoesNotContain(cites, await AllEdgeIds());
        Assert.Empty(await Store.EdgesOfAsync([note], EdgeDirection.Out));

        await LoadAsync(Wutai());
        Assert.Contains(cites, await AllEdgeIds());
    }

    [ContractFact]
    public async Task Removing_a_file_the_store_does_not_know_returns_false()
    {
        await LoadAsync(Wutai());
        Assert.False(await Store.RemoveFileAsync("nowhere.txt"));
        Assert.Single(await Store.FilesAsync());
    }

    [ContractFact]
    public async Task An_edge_to_a_node_nobody_asserts_is_rejected_naming_file_and_edge_and_nothing_is_written()
    {
        await LoadAsync(Wutai());
        var before = await Exports.JsonAsync(Store);

        var g = new FileGraphBuilder("bad.txt");
        var law = g.Law("坏文件", "坏文件");
        var dangling = g.Edge(EdgeTypes.Cites, law, Ids.Node(Labels.Law, "不存在的法规"));
        var error = await Assert.ThrowsAsync<GraphDataException>(() => Store.ReplaceFileAsync(g.Build()));
        Assert.Contains("bad.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(dangling, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Exports.JsonAsync(Store));
        Assert.DoesNotContain(await Store.FilesAsync(), f => f.File == "bad.txt");

        // A bad new version of a stored file leaves the old version whole.
        var bad = Wutai();
        bad = bad with { Edges = [.. bad.Edges, new GraphEdge("e_bad", EdgeTypes.Leads, A1, Ids.Node(Labels.Task, "没有的任务"), new Dictionary<string, object?>(), [])] };
        error = await Assert.ThrowsAsync<GraphDataException>(() => Store.ReplaceFileAsync(bad));
        Assert.Contains(WutaiFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("e_bad", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Exports.JsonAsync(Store));
    }

    [ContractFact]
    public async Task One_id_with_two_labels_across_files_is_rejected_and_nothing_is_written()
    {
        await LoadAsync(Wutai());
        var before = await Exports.JsonAsync(Store);
        var clash = new FileGraph("clash.txt", "h", [new GraphNode(A1, Labels.Law, new Dictionary<string, object?> { [Props.Name] = "冒名" }, [])], []);
        var error = await Assert.ThrowsAsync<GraphDataException>(() => Store.ReplaceFileAsync(clash));
        Assert.Contains(A1, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Exports.JsonAsync(Store));
    }

    [ContractFact]
    public async Task Unknown_labels_and_edge_types_are_rejected()
    {
        var node = new FileGraph("x.txt", "h", [new GraphNode("person_1", "Person", new Dictionary<string, object?>(), [])], []);
        var error = await Assert.ThrowsAsync<GraphDataException>(() => Store.ReplaceFileAsync(node));
        Assert.Contains("Person", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.FilesAsync());
    }

    [ContractFact]
    public async Task A_cancelled_load_writes_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReplaceFileAsync(Wutai(), cts.Token));
        Assert.Empty(await Store.FilesAsync());
        Assert.Empty(await AllIds());
    }

    // ---- Reading nodes

    [ContractFact]
    public async Task Nodes_are_found_by_id_and_by_natural_key()
    {
        await LoadAsync(Wutai());
        var nodes = await Store.GetNodesAsync([A1, T1, "agency_unknown", A1]);
        Assert.Equal(Distinct([A1, T1]), Distinct(nodes.Select(n => n.Id)));
        var a1 = nodes.Single(n => n.Id == A1);
        Assert.Equal("五台县自然资源局", a1.Name);
        Assert.Equal(["县自然资源局"], (IEnumerable<string>)a1.Properties[Props.Aliases]!);
        Assert.Equal(WutaiFile, a1.Source!.File);

        Assert.Equal(L1, (await Store.FindByKeyAsync(Labels.Law, "五政办发〔2023〕1号"))?.Id);
        Assert.Equal(A3, (await Store.FindByKeyAsync(Labels.Agency, "五台县/各乡（镇）人民政府"))?.Id);
        Assert.Null(await Store.FindByKeyAsync(Labels.Agency, "五政办发〔2023〕1号"));
    }

    [ContractFact]
    public async Task Forward_pages_cover_the_list_once_in_name_order_with_total_count()
    {
        await LoadAsync(Agencies("agencies.txt", 25), Wutai());
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        Page<GraphNode> page;
        do
        {
            page = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, County: "测试县", First: 10, After: after));
            Assert.Equal(25, page.TotalCount);
            Assert.Equal(pages > 0, page.HasPreviousPage);
            seen.AddRange(page.Items.Select(i => i.Item.Name));
            after = page.Items.Count > 0 ? page.Items[^1].Cursor : null;
            pages++;
        } while (page.HasNextPage);
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"测试局{i:D2}"), seen);
    }

    [ContractFact]
    public async Task Backward_pages_mirror_the_forward_pages()
    {
        await LoadAsync(Agencies("agencies.txt", 25));
        var last = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, Last: 10));
        Assert.Equal(Enumerable.Range(16, 10).Select(i => $"测试局{i:D2}"), last.Items.Select(i => i.Item.Name));
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);

        var before = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, Last: 10, Before: last.Items[0].Cursor));
        Assert.Equal(Enumerable.Range(6, 10).Select(i => $"测试局{i:D2}"), before.Items.Select(i => i.Item.Name));
        Assert.True(before.HasPreviousPage);
        Assert.True(before.HasNextPage);

        var first = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, Last: 10, Before: before.Items[0].Cursor));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"测试局{i:D2}"), first.Items.Select(i => i.Item.Name));
        Assert.False(first.HasPreviousPage);

        // The cursor of an item is the same whichever way the page was read.
        var forward = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, First: 25));
        Assert.Equal(forward.Items.Skip(15).Select(i => i.Cursor), last.Items.Select(i => i.Cursor));
    }

    [ContractFact]
    public async Task Descending_and_date_orders_page_the_same_way()
    {
        await LoadAsync(Agencies("agencies.txt", 12), Wutai(), Daixian());
        var desc = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, County: "测试县", Descending: true, First: 5));
        Assert.Equal(Enumerable.Range(8, 5).Reverse().Select(i => $"测试局{i:D2}"), desc.Items.Select(i => i.Item.Name));
        var next = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, County: "测试县", Descending: true, First: 5, After: desc.Items[^1].Cursor));
        Assert.Equal(Enumerable.Range(3, 5).Reverse().Select(i => $"测试局{i:D2}"), next.Items.Select(i => i.Item.Name));

        // Undated nodes sort as the empty date: first going up, last going down.
        var laws = new List<GraphNode>();
        await foreach (var n in Store.AllNodesAsync()) if (n.Label == Labels.Law) laws.Add(n);
        var byDate = laws.OrderBy(n => n.Str(Props.Date) ?? "", StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id).ToList();
        var up = await Store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: NodeSort.Date, First: 3));
        var rest = await Store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: NodeSort.Date, First: 3, After: up.Items[^1].Cursor));
        Assert.Equal(byDate, up.Items.Concat(rest.Items).Select(i => i.Item.Id));
        var down = await Store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: NodeSort.Date, Descending: true, First: 10));
        Assert.Equal(Enumerable.Reverse(byDate), down.Items.Select(i => i.Item.Id));
        Assert.Equal(L1, down.Items[0].Item.Id);

        var byId = await Store.ListNodesAsync(new NodeQuery(Labels.Law, Sort: NodeSort.Id, First: 10));
        Assert.Equal(laws.Select(n => n.Id).Order(StringComparer.Ordinal), byId.Items.Select(i => i.Item.Id));
    }

    [ContractFact]
    public async Task Cursors_stay_valid_while_rows_come_and_go()
    {
        await LoadAsync(Agencies("agencies.txt", 20));
        var page = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, First: 10));
        var cursor = page.Items[^1].Cursor;

        var g = new FileGraphBuilder("later.txt");
        g.Agency("测试局10甲", "测试县");
        await Store.ReplaceFileAsync(g.Build());
        var next = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, First: 3, After: cursor));
        Assert.Equal(["测试局10甲", "测试局11", "测试局12"], next.Items.Select(i => i.Item.Name));

        // The row the cursor names may disappear; the position it names does not.
        await Store.ReplaceFileAsync(Agencies("agencies.txt", 20) with { Nodes = [.. Agencies("agencies.txt", 20).Nodes.Where(n => n.Name != "测试局10")] });
        next = await Store.ListNodesAsync(new NodeQuery(Labels.Agency, First: 2, After: cursor));
        Assert.Equal(["测试局10甲", "测试局11"], next.Items.Select(i => i.Item.Name));
        Assert.True(next.HasPreviousPage);
    }

    [ContractFact]
    public async Task A_cursor_that_is_not_a_cursor_is_a_clear_error()
    {
        await LoadAsync(Agencies("agencies.txt", 3));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.ListNodesAsync(new NodeQuery(Labels.Agency, After: "not-a-cursor")));
        Assert.Contains("cursor", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [ContractFact]
    public async Task Filters_narrow_lists_by_name_county_level_kind_year_and_dates()
    {
        await LoadAsync(Wutai(), Daixian());
        async Task<string[]> Ids(NodeQuery q) => [.. (await Store.ListNodesAsync(q with { First = 100 })).Items.Select(i => i.Item.Id).Order(StringComparer.Ordinal)];
        string[] Of(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

        Assert.Equal(Of(L1, L0, P1), await Ids(new NodeQuery(Labels.Law, Contains: "地质灾害防治")));
        Assert.Equal(Of(A1, A2, A3), await Ids(new NodeQuery(Labels.Agency, County: "五台县")));
        Assert.Equal(Of(T4, T5), await Ids(new NodeQuery(Labels.Task, County: "代县")));
        Assert.Equal(Of(L1, L0, L2), await Ids(new NodeQuery(Labels.Law, Level: "county")));
        Assert.Equal(Of(P1), await Ids(new NodeQuery(Labels.Law, Kind: "regulation")));
        Assert.Equal(Of(L0, L2), await Ids(new NodeQuery(Labels.Law, Year: 2022)));
        Assert.Equal(Of(L1, L2), await Ids(new NodeQuery(Labels.Law, DateFrom: "2022-04-01")));
        Assert.Equal(Of(L0, L2), await Ids(new NodeQuery(Labels.Law, DateTo: "2022")));
        Assert.Equal(Of(L0), await Ids(new NodeQuery(Labels.Law, DateFrom: "2022-01-01", DateTo: "2022-03")));
        Assert.Equal(Of(T1, T2, T3), await Ids(new NodeQuery(Labels.Task, County: "五台县", Year: 2023)));
        var page = await Store.ListNodesAsync(new NodeQuery(Labels.Task, County: "五台县", First: 2));
        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    // ---- Edges

    [ContractFact]
    public async Task Edges_of_many_nodes_come_in_one_call_by_direction_and_type()
    {
        await LoadAsync(Wutai(), Daixian());
        var leads = await Store.EdgesOfAsync([A1, B1], EdgeDirection.Out, [EdgeTypes.Leads]);
        Assert.Equal(4, leads.Count);
        Assert.All(leads, e => Assert.Equal(EdgeTypes.Leads, e.Type));
        Assert.Equal(leads.Select(e => e.Id).Order(StringComparer.Ordinal), leads.Select(e => e.Id));

        Assert.Equal(3, (await Store.EdgesOfAsync([T1], EdgeDirection.In)).Count);
        Assert.Equal(2, (await Store.EdgesOfAsync([T1], EdgeDirection.Out)).Count);
        var both = await Store.EdgesOfAsync([T1], EdgeDirection.Both);
        Assert.Equal(5, both.Count);
        Assert.All(both, e => Assert.True(e.From == T1 || e.To == T1));

        // A very long id list (the API batches whole pages of nodes) still answers for the ids that exist.
        var many = Enumerable.Range(0, 12_000).Select(i => $"task_{i:x}").Append(T4).Append(T5).ToList();
        var intoTasks = await Store.EdgesOfAsync(many, EdgeDirection.In, [EdgeTypes.Leads]);
        Assert.Equal(2, intoTasks.Count);
        Assert.All(intoTasks, e => Assert.Equal(B1, e.From));
        Assert.Equal(DaixianFile, intoTasks[0].Source!.File);
    }

    [ContractFact]
    public async Task An_edge_page_filters_by_role_and_pages_with_cursors()
    {
        await LoadAsync(Wutai());
        var all = await Store.EdgePageAsync(new EdgeQuery(A1, EdgeTypes.Leads, EdgeDirection.Out, First: 1));
        Assert.Equal(2, all.TotalCount);
        Assert.True(all.HasNextPage);
        Assert.False(all.HasPreviousPage);
        var second = await Store.EdgePageAsync(new EdgeQuery(A1, EdgeTypes.Leads, EdgeDirection.Out, First: 1, After: all.Items[0].Cursor));
        Assert.False(second.HasNextPage);
        Assert.True(second.HasPreviousPage);
        Assert.Equal(Distinct([T1, T2]), Distinct(all.Items.Concat(second.Items).Select(i => i.Item.To)));

        var lead = await Store.EdgePageAsync(new EdgeQuery(A1, EdgeTypes.Leads, EdgeDirection.Out, Role: "牵头单位"));
        Assert.Equal(T1, Assert.Single(lead.Items).Item.To);
        Assert.Equal(1, lead.TotalCount);

        var into = await Store.EdgePageAsync(new EdgeQuery(T1, EdgeTypes.Leads, EdgeDirection.In));
        Assert.Equal(Distinct([A1, A3]), Distinct(into.Items.Select(i => i.Item.From)));
    }

    // ---- Graph walks

    [ContractFact]
    public async Task A_neighbourhood_grows_with_depth_both_ways_and_follows_only_the_asked_types()
    {
        await LoadAsync(Wutai(), Daixian());
        var one = await Store.NeighborhoodAsync(T1, 1);
        Assert.Equal(T1, one.Nodes[0].Id);
        Assert.Equal(Distinct([T1, A1, A2, A3, L1, Ids.Node(Labels.Target, L1 + "/一/1/隐患点核查率/100%")]), Distinct(one.Nodes.Select(n => n.Id)));
        Assert.Equal(5, one.Edges.Count);

        var leads = await Store.NeighborhoodAsync(T1, 2, [EdgeTypes.Leads]);
        Assert.Equal(Distinct([T1, A1, A3, T2]), Distinct(leads.Nodes.Select(n => n.Id)));
        Assert.All(leads.Edges, e => Assert.Equal(EdgeTypes.Leads, e.Type));
        Assert.Equal(3, leads.Edges.Count);

        var three = await Store.NeighborhoodAsync(B1, 3);
        Assert.Contains(three.Nodes, n => n.Id == L1);
        Assert.DoesNotContain(three.Nodes, n => n.Id == A1);
        var ids = three.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(three.Edges, e => Assert.True(ids.Contains(e.From) && ids.Contains(e.To)));

        Assert.Equal(Subgraph.Empty.Nodes, (await Store.NeighborhoodAsync("task_unknown", 2)).Nodes);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.NeighborhoodAsync(T1, StoreLimits.MaxNeighborhoodDepth + 1));
    }

    [ContractFact]
    public async Task A_bounded_neighbourhood_keeps_the_smallest_ids_per_hop_walks_on_from_them_and_says_it_left_some_out()
    {
        await LoadAsync(Wutai(), Daixian());
        var whole = await Store.NeighborhoodAsync(T1, 1);
        var firstHop = whole.Nodes.Select(n => n.Id).Where(i => i != T1).Order(StringComparer.Ordinal).ToList();
        Assert.True(firstHop.Count > 2, "the start needs more than two neighbours for this test");

        var cut = await Store.NeighborhoodAsync(T1, 1, null, 2);
        Assert.True(cut.Truncated);
        Assert.Equal([T1, .. firstHop.Take(2)], cut.Nodes.Select(n => n.Id));
        var kept = cut.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Equal(whole.Edges.Where(e => kept.Contains(e.From) && kept.Contains(e.To)).Select(e => e.Id).Order(StringComparer.Ordinal),
            cut.Edges.Select(e => e.Id).Order(StringComparer.Ordinal));

        var enough = await Store.NeighborhoodAsync(T1, 1, null, firstHop.Count);
        Assert.False(enough.Truncated);
        Assert.Equal(whole.Nodes.Select(n => n.Id), enough.Nodes.Select(n => n.Id));
        Assert.Equal(whole.Edges.Count, enough.Edges.Count);

        // The second hop starts from the two kept nodes only, and skips what is kept already.
        var two = await Store.NeighborhoodAsync(T1, 2, null, 2);
        var fromKept = (await Store.EdgesOfAsync(firstHop.Take(2).ToList(), EdgeDirection.Both))
            .SelectMany(e => new[] { e.From, e.To }).Where(i => !kept.Contains(i)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal([T1, .. firstHop.Take(2), .. fromKept.Take(2)], two.Nodes.Select(n => n.Id));
        Assert.Equal(fromKept.Count > 2 || firstHop.Count > 2, two.Truncated);

        Assert.Empty((await Store.NeighborhoodAsync("task_unknown", 2, null, 5)).Nodes);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.NeighborhoodAsync(T1, 1, null, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.NeighborhoodAsync(T1, StoreLimits.MaxNeighborhoodDepth + 1, null, 5));
    }

    [ContractFact]
    public async Task A_citation_trail_goes_up_to_what_a_law_follows_and_down_to_what_cites_it()
    {
        await LoadAsync(Wutai(), Daixian());
        var up1 = await Store.CitationTrailAsync(L2, 1, TrailDirection.Up);
        Assert.Equal(Distinct([L2, N1, L1]), Distinct(up1.Nodes.Select(n => n.Id)));
        Assert.Equal(L2, up1.Nodes[0].Id);
        var up2 = await Store.CitationTrailAsync(L2, 2, TrailDirection.Up);
        Assert.Equal(Distinct([L2, N1, L1, P1, L0]), Distinct(up2.Nodes.Select(n => n.Id)));
        Assert.Contains(up2.Edges, e => e.Type == EdgeTypes.Supersedes && e.From == L1 && e.To == L0);
        Assert.All(up2.Edges, e => Assert.Contains(e.Type, new[] { EdgeTypes.Cites, EdgeTypes.Supersedes }));

        var down = await Store.CitationTrailAsync(N1, 1, TrailDirection.Down);
        Assert.Equal(Distinct([N1, L1, P1, L2]), Distinct(down.Nodes.Select(n => n.Id)));
        var fromOld = await Store.CitationTrailAsync(L0, 3, TrailDirection.Down);
        Assert.Equal(Distinct([L0, L1, L2]), Distinct(fromOld.Nodes.Select(n => n.Id)));
        Assert.DoesNotContain(fromOld.Nodes, n => n.Label != Labels.Law);
    }

    [ContractFact]
    public async Task A_shortest_path_is_as_short_as_any_follows_real_edges_and_respects_the_depth_limit()
    {
        await LoadAsync(Wutai(), Daixian());
        var path = await Store.ShortestPathAsync(A1, B1, 6);
        Assert.NotNull(path);
        Assert.Equal(5, path.Edges.Count);
        Assert.Equal(A1, path.Nodes[0].Id);
        Assert.Equal(B1, path.Nodes[^1].Id);
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var (a, b, e) = (path.Nodes[i].Id, path.Nodes[i + 1].Id, path.Edges[i]);
            Assert.True((e.From == a && e.To == b) || (e.From == b && e.To == a), $"edge {i} does not join {a} and {b}");
        }
        Assert.Null(await Store.ShortestPathAsync(A1, B1, 4));
        Assert.Single((await Store.ShortestPathAsync(A1, A1, 3))!.Nodes);
        Assert.Null(await Store.ShortestPathAsync(A1, "agency_unknown", 5));

        Assert.True(await Store.RemoveFileAsync(DaixianFile));
        Assert.Null(await Store.ShortestPathAsync(A1, B1, 10));
    }

    // ---- Search

    [ContractFact]
    public async Task Search_finds_words_of_three_or_more_characters_best_first_and_filters_labels()
    {
        await LoadAsync(Wutai(), Daixian());
        var hits = await Store.SearchAsync("地质灾害", null, 20);
        Assert.Equal(Distinct([L1, L0, P1, T1, T2]), Distinct(hits.Select(h => h.Node.Id)));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));

        var tasks = await Store.SearchAsync("地质灾害", [Labels.Task], 20);
        Assert.Equal(Distinct([T1, T2]), Distinct(tasks.Select(h => h.Node.Id)));
        Assert.Single(await Store.SearchAsync("地质灾害", null, 1));
        Assert.Empty(await Store.SearchAsync("不存在的词语", null, 20));
        Assert.Empty(await Store.SearchAsync("  ", null, 20));
    }

    [ContractFact]
    public async Task Search_finds_two_character_and_one_character_words()
    {
        await LoadAsync(Wutai(), Daixian());
        Assert.Equal(Distinct([L2, T4]), Distinct((await Store.SearchAsync("防汛", null, 20)).Select(h => h.Node.Id)));
        Assert.Equal(Distinct([T5]), Distinct((await Store.SearchAsync("河道", null, 20)).Select(h => h.Node.Id)));
        var zai = (await Store.SearchAsync("灾", null, 20)).Select(h => h.Node.Id).ToList();
        Assert.Equal(Distinct([L1, L0, P1, T1, T2, T3]), Distinct(zai));
        Assert.Equal([L2], (await Store.SearchAsync("代县 防汛", null, 20)).Select(h => h.Node.Id));
    }

    [ContractFact]
    public async Task Search_puts_exact_names_and_aliases_first()
    {
        await LoadAsync(Wutai(), Daixian());
        var hits = await Store.SearchAsync("五台县", null, 20);
        Assert.Equal(RegionWutai, hits[0].Node.Id);
        Assert.Contains(hits, h => h.Node.Id == A1);
        Assert.True(hits[0].Score > hits[1].Score);

        Assert.Equal(A2, (await Store.SearchAsync("县应急局", null, 5))[0].Node.Id);
        Assert.Equal(L1, (await Store.SearchAsync("五政办发〔2023〕1号", null, 5))[0].Node.Id);
    }

    // ---- Aggregates

    [ContractFact]
    public async Task The_leaderboard_counts_tasks_led_by_county_and_year_without_collective_units()
    {
        await LoadAsync(Wutai(), Daixian());
        var all = await Store.LeaderboardAsync(null, null, 10);
        Assert.Equal([(A1, 2L), (B1, 2L), (A2, 1L)], all.Select(r => (r.Agency.Id, r.Tasks)));
        Assert.DoesNotContain(all, r => r.Agency.Id == A3);

        Assert.Equal([(A1, 2L), (A2, 1L)], (await Store.LeaderboardAsync("五台县", null, 10)).Select(r => (r.Agency.Id, r.Tasks)));
        Assert.Equal([(B1, 2L)], (await Store.LeaderboardAsync(null, 2022, 10)).Select(r => (r.Agency.Id, r.Tasks)));
        Assert.Empty(await Store.LeaderboardAsync("代县", 2023, 10));
        Assert.Single(await Store.LeaderboardAsync(null, null, 1));
    }

    [ContractFact]
    public async Task Stats_count_nodes_by_label_edges_by_type_and_files()
    {
        await LoadAsync(Wutai(), Daixian());
        var stats = await Store.StatsAsync();
        var files = new[] { Wutai(), Daixian() };
        var nodes = files.SelectMany(f => f.Nodes).DistinctBy(n => n.Id).GroupBy(n => n.Label).ToDictionary(g => g.Key, g => (long)g.Count());
        var edges = files.SelectMany(f => f.Edges).DistinctBy(e => e.Id).GroupBy(e => e.Type).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(nodes.OrderBy(p => p.Key), stats.Nodes.OrderBy(p => p.Key));
        Assert.Equal(edges.OrderBy(p => p.Key), stats.Edges.OrderBy(p => p.Key));
        Assert.Equal(17, stats.Nodes.Values.Sum());
        Assert.Equal(2, stats.Files);
    }

    [ContractFact]
    public async Task Every_node_and_edge_streams_out_in_id_order()
    {
        await LoadAsync(Wutai(), Daixian());
        var ids = await AllIds();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(17, ids.Count);
        var edgeIds = await AllEdgeIds();
        Assert.Equal(edgeIds.Order(StringComparer.Ordinal), edgeIds);
        Assert.Equal(23, edgeIds.Count);
    }

    // ---- Concurrency

    [ContractFact]
    public async Task Two_loads_of_one_file_at_once_leave_one_whole_version()
    {
        var other = await OpenStoreAsync();
        var a = Agencies("same.txt", 150, "甲局");
        var b = Agencies("same.txt", 150, "乙局");
        for (var round = 0; round < 4; round++)
        {
            await Task.WhenAll(Task.Run(() => Store.ReplaceFileAsync(a)), Task.Run(() => other.ReplaceFileAsync(b)));
            var names = (await Store.ListNodesAsync(new NodeQuery(Labels.Agency, First: 1000))).Items.Select(i => i.Item.Name).ToList();
            Assert.Equal(150, names.Count);
            Assert.True(names.All(n => n.StartsWith("甲局", StringComparison.Ordinal)) || names.All(n => n.StartsWith("乙局", StringComparison.Ordinal)),
                "the two loads interleaved: " + string.Join(",", names.Select(n => n[..2]).Distinct()));
            Assert.Single(await Store.FilesAsync());
        }
    }

    [ContractFact]
    public async Task Loads_of_different_files_at_once_both_land_whole()
    {
        var other = await OpenStoreAsync();
        await Task.WhenAll(Task.Run(() => Store.ReplaceFileAsync(Wutai())), Task.Run(() => other.ReplaceFileAsync(Daixian())),
            Task.Run(() => Store.ReplaceFileAsync(Agencies("agencies.txt", 40))));
        var stats = await Store.StatsAsync();
        Assert.Equal(3, stats.Files);
        Assert.Equal(17 + 40, stats.Nodes.Values.Sum());
        Assert.Equal(23, stats.Edges.Values.Sum());
    }

    [ContractFact]
    public async Task Readers_keep_working_while_a_load_runs_and_see_whole_files()
    {
        await LoadAsync(Wutai());
        var before = (await Store.StatsAsync()).Nodes.GetValueOrDefault(Labels.Task);
        var bulk = Bulk("bulk.txt", 6000);
        var after = before + bulk.Nodes.Count(n => n.Label == Labels.Task);
        var reader = await OpenStoreAsync();

        var load = Task.Run(() => Store.ReplaceFileAsync(bulk));
        var readsDuringLoad = 0;
        var clock = Stopwatch.StartNew();
        while (!load.IsCompleted && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var stats = await reader.StatsAsync();
            var tasks = stats.Nodes.GetValueOrDefault(Labels.Task);
            Assert.True(tasks == before || tasks == after, $"a reader saw {tasks} tasks, neither {before} nor {after}: half a file");
            Assert.Equal(stats.Nodes.GetValueOrDefault(Labels.Task) - before + 4, stats.Edges.GetValueOrDefault(EdgeTypes.Leads));
            Assert.NotEmpty((await reader.SearchAsync("地质灾害", [Labels.Task], 5)));
            if (!load.IsCompleted) readsDuringLoad++;
        }
        await load;
        Assert.True(readsDuringLoad >= 3, $"only {readsDuringLoad} reads finished while the load ran; readers were blocked");
        Assert.Equal(after, (await Store.StatsAsync()).Nodes[Labels.Task]);
    }

    sealed class StatsComparer : IEqualityComparer<GraphStats>
    {
        public bool Equals(GraphStats? x, GraphStats? y) =>
            x is not null && y is not null && x.Files == y.Files &&
            x.Nodes.OrderBy(p => p.Key).SequenceEqual(y.Nodes.OrderBy(p => p.Key)) &&
            x.Edges.OrderBy(p => p.Key).SequenceEqual(y.Edges.OrderBy(p => p.Key));

        public int GetHashCode(GraphStats obj) => obj.Files.GetHashCode();
    }
}
