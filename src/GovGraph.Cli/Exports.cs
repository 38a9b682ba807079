using GovGraph.Storage.Export;

namespace GovGraph.Cli;

static class Exports
{
    public static async Task WriteAsync(IGraphStore store, string format, string? output, CancellationToken ct)
    {
        if (format == "csv")
        {
            var files = await CsvExport.WriteAsync(store, output!, ct);
            Console.Error.WriteLine($"govgraph export: wrote {files.Count} CSV file(s) to {output}");
            return;
        }
        // Written to a temporary file first, so a failed export never leaves half a file under the name asked for.
        var target = output is null ? null : Path.GetFullPath(output);
        var temp = target is null ? null : target + ".tmp";
        await using (var stream = temp is null ? Console.OpenStandardOutput() : File.Create(temp))
        {
            if (format == "graphml") await GraphMlExport.WriteAsync(store, stream, ct);
            else await JsonExport.WriteAsync(store, stream, ct);
        }
        if (temp is not null) File.Move(temp, target!, overwrite: true);
    }
}
