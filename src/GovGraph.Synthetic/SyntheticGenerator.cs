using System.Text;
using GovGraph.Synthetic.Compose;

namespace GovGraph.Synthetic;

/// What <see cref="SyntheticGenerator.WriteCorpus"/> wrote.
public sealed record CorpusSummary(int Files, long Bytes, string Folder, string LabelsFolder);

/// Generates synthetic county gazettes whose facts are known, one file at a time.
public static class SyntheticGenerator
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// Files until their UTF-8 sizes add up to at least <paramref name="targetBytes"/> (the last file may pass it).
    /// Lazy: each file is composed when the enumeration reaches it, and nothing keeps it afterwards.
    /// The same seed and options give byte-identical files.
    public static IEnumerable<SyntheticFile> Generate(int seed, long targetBytes, SyntheticOptions? options = null)
    {
        options ??= SyntheticOptions.Default;
        options.Validate();
        if (targetBytes <= 0) throw new ArgumentOutOfRangeException(nameof(targetBytes), targetBytes, "targetBytes must be positive.");
        return Files(SyntheticCorpus.Create(seed), targetBytes, options);
    }

    static IEnumerable<SyntheticFile> Files(SyntheticCorpus corpus, long targetBytes, SyntheticOptions options)
    {
        long written = 0;
        for (var index = 0; written < targetBytes; index++)
        {
            var file = GazetteAssembler.Build(corpus, index, options);
            written += file.Bytes;
            yield return file;
        }
    }

    /// File <paramref name="index"/> of the corpus of <paramref name="seed"/>, exactly as <see cref="Generate"/> yields it.
    public static SyntheticFile GenerateFile(int seed, int index, SyntheticOptions? options = null) =>
        GenerateFile(SyntheticCorpus.Create(seed), index, options);

    public static SyntheticFile GenerateFile(SyntheticCorpus corpus, int index, SyntheticOptions? options = null)
    {
        options ??= SyntheticOptions.Default;
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return GazetteAssembler.Build(corpus, index, options);
    }

    /// Writes the corpus: each file's text as <c>&lt;folder&gt;/&lt;name&gt;</c> (UTF-8, no BOM) and, unless
    /// <paramref name="withLabels"/> is false, its truth as <c>&lt;labelsFolder&gt;/&lt;prefix&gt;.&lt;kind&gt;.jsonl</c>;
    /// the labels go to <c>&lt;folder&gt;/labels</c> unless told otherwise.
    public static CorpusSummary WriteCorpus(
        string folder, int seed, long targetBytes, SyntheticOptions? options = null, string? labelsFolder = null, bool withLabels = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        labelsFolder ??= Path.Combine(folder, "labels");
        Directory.CreateDirectory(folder);
        var files = 0;
        long bytes = 0;
        foreach (var file in Generate(seed, targetBytes, options))
        {
            File.WriteAllText(Path.Combine(folder, file.Name), file.Text, Utf8);
            if (withLabels) file.WriteLabels(labelsFolder);
            files++;
            bytes += file.Bytes;
        }
        return new CorpusSummary(files, bytes, folder, labelsFolder);
    }
}
