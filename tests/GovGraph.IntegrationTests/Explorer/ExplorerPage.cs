using System.Text.Json;
using Microsoft.Playwright;

namespace GovGraph.IntegrationTests.Explorer;

/// One browser page on the explorer that records what a reader would not see: requests leaving the server
/// (aborted, so the page must work offline), console errors, uncaught exceptions and failed responses.
public sealed class ExplorerPage : IAsyncDisposable
{
    /// Every wait is seconds, not minutes: a page that needs longer is broken for an analyst too.
    public const float Timeout = 10_000;

    readonly IBrowserContext _context;
    readonly List<string> _outside = [];
    readonly List<string> _errors = [];
    readonly List<string> _requests = [];

    ExplorerPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// The URLs the page asked the server for, in order.
    public IReadOnlyList<string> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    public static async Task<ExplorerPage> OpenAsync(ExplorerFixture fixture, string path = "/")
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1440, Height = 900 },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(context, page);
        // Anything not addressed to this server is recorded and refused: the page must work with no network.
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(fixture.BaseUrl + "/", StringComparison.Ordinal))
            {
                lock (explorer._requests) explorer._requests.Add(url);
                await route.ContinueAsync();
            }
            else
            {
                lock (explorer._outside) explorer._outside.Add(url);
                await route.AbortAsync();
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (explorer._errors) explorer._errors.Add($"console: {message.Text}");
        };
        page.PageError += (_, error) => { lock (explorer._errors) explorer._errors.Add($"uncaught: {error}"); };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) lock (explorer._errors) explorer._errors.Add($"HTTP {response.Status}: {response.Url}");
        };
        await page.GotoAsync(fixture.BaseUrl + path);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        return explorer;
    }

    /// Fails on any request that left 127.0.0.1, any console error and any failed response so far.
    public void AssertClean()
    {
        lock (_outside) Assert.True(_outside.Count == 0, "The page asked for resources outside the server: " + string.Join(", ", _outside));
        lock (_errors) Assert.True(_errors.Count == 0, "The page reported errors: " + string.Join(" | ", _errors));
    }

    /// Types <paramref name="text"/> into the search box, presses Enter and waits for the grouped results.
    public Task SearchAsync(string text) => LoadAsync("#results", async () =>
    {
        await Page.Locator("#search-text").FillAsync(text);
        await Page.Locator("#search-text").PressAsync("Enter");
    });

    /// Runs <paramref name="action"/> and waits until <paramref name="panel"/> (`#view-graph`, `#view-trail`,
    /// `#view-leaderboard` or `#results`) has finished one more load, failing with the page's status line if it failed.
    public async Task LoadAsync(string panel, Func<Task> action)
    {
        var loads = int.Parse(await Page.Locator(panel).GetAttributeAsync("data-loads") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await action();
        await Page.WaitForFunctionAsync(
            "([sel, n]) => { const s = document.querySelector(sel); return s.dataset.state === 'error' || (s.dataset.state === 'ready' && Number(s.dataset.loads ?? 0) > n); }",
            new object[] { panel, loads }, new() { Timeout = Timeout });
        var state = await Page.Locator(panel).GetAttributeAsync("data-state");
        Assert.True(state == "ready", $"{panel} failed to load: {await Page.Locator("#status").TextContentAsync()} {await Page.Locator(panel).TextContentAsync()}");
    }

    /// Waits for a load the page started by itself (from the link it was opened with).
    public async Task WaitUntilLoadedAsync(string panel)
    {
        await Page.WaitForFunctionAsync(
            "sel => { const s = document.querySelector(sel); return s.dataset.state === 'error' || (s.dataset.state === 'ready' && Number(s.dataset.loads ?? 0) > 0); }",
            panel, new() { Timeout = Timeout });
        Assert.True(await Page.Locator(panel).GetAttributeAsync("data-state") == "ready", $"{panel} failed to load: {await Page.Locator("#status").TextContentAsync()}");
    }

    /// Evaluates <paramref name="script"/> (a function of one argument) in the page and returns its JSON result.
    public async Task<JsonElement> EvalAsync(string script, object? arg = null) =>
        (await Page.EvaluateAsync<JsonElement?>(script, arg)) ?? throw new InvalidOperationException("The script returned nothing: " + script);

    /// Clicks a node or an edge where cytoscape draws it (a node's centre, an edge's midpoint), as a reader would.
    public async Task ClickElementAsync(string cy, string id)
    {
        var point = await EvalAsync("""
            ([name, id]) => {
              const cy = window.govgraph[name];
              const ele = cy.getElementById(id);
              if (ele.empty()) return null;
              const p = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
              const box = cy.container().getBoundingClientRect();
              return [box.left + p.x, box.top + p.y, box.width, box.height, p.x, p.y];
            }
            """, new object[] { cy, id });
        Assert.True(point.ValueKind == JsonValueKind.Array, $"{id} is not drawn in the {cy} view.");
        var (x, y) = (point[0].GetDouble(), point[1].GetDouble());
        Assert.True(point[4].GetDouble() is > 0 and var px && px < point[2].GetDouble() && point[5].GetDouble() > 0 && point[5].GetDouble() < point[3].GetDouble(),
            $"{id} is drawn outside the {cy} canvas at ({point[4]}, {point[5]}).");
        await Page.Mouse.ClickAsync((float)x, (float)y);
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ExplorerFixture.Artifacts, name + ".png"), FullPage = false });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
