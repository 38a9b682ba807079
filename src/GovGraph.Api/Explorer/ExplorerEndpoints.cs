using Microsoft.Extensions.FileProviders;

namespace GovGraph.Api.Explorer;

/// The explorer page at `/`: a browser client of `/graphql` and nothing else, so it works over any store the API serves.
public static class ExplorerEndpoints
{
    /// Where the page's script, style sheet and cytoscape.js are served from.
    public const string AssetsPath = "/explorer";

    // The page talks to this server only; the policy makes the browser refuse anything else, so a stray
    // CDN link fails loudly in development instead of silently needing the network in an analyst's office.
    // Cytoscape sets inline styles on its canvases, hence 'unsafe-inline' for styles only; blob: and data:
    // carry the PNG and JSON exports and the empty favicon.
    const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication MapGovGraphExplorer(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(ExplorerEndpoints).Assembly, "GovGraph.Api.Explorer");
        app.MapGet("/", (HttpContext http) =>
        {
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Results.Stream(files.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = AssetsPath,
            OnPrepareResponse = context => context.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        return app;
    }
}
