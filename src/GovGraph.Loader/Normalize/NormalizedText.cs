namespace GovGraph.Loader.Normalize;

/// The repaired text of one file: one paragraph per line, punctuation unified, noise dropped,
/// every character traceable to its line in the original file.
public sealed record NormalizedText(string File, string Text, LineMap Map)
{
    public int LineAt(int offset) => Map.LineAt(offset);

    /// Provenance of the evidence text[start..end).
    public Source SourceOf(int start, int end)
    {
        end = Math.Clamp(end, start, Math.Min(Text.Length, start + Source.MaxQuote));
        return Source.Of(File, LineAt(start), start, Text[start..end]);
    }
}
