using GovGraph.Loader.Extract;
using GovGraph.Loader.Normalize;
using GovGraph.Loader.Read;
using GovGraph.Loader.Resolve;
using GovGraph.Loader.Segment;

namespace GovGraph.Loader;

/// read → normalize → segment → extract → resolve: one input file to the graph it asserts.
public sealed class Pipeline(RegionTable? regions = null)
{
    readonly GraphExtractor _extractor = new(regions ?? RegionTable.Default);

    public FileGraph Load(string path) => FromText(DocumentReader.Read(path));

    public FileGraph FromText(RawText raw)
    {
        var normalized = Normalizer.Normalize(raw.File, raw.Text);
        var segmented = Segmenter.Split(normalized);
        return _extractor.Extract(segmented, raw.Text, raw.ContentHash);
    }

    /// The files a load of <paramref name="paths"/> reads: files as given, and the documents inside folders.
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f)))
                             .Order(StringComparer.Ordinal))
                    yield return f;
            }
            else yield return path;
        }
    }
}
