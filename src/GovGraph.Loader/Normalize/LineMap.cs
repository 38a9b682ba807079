namespace GovGraph.Loader.Normalize;

/// Maps every character offset of the repaired text back to its 1-based line in the file as given.
public sealed class LineMap
{
    readonly List<int> _offsets = [];
    readonly List<int> _lines = [];

    /// From <paramref name="offset"/> on, characters come from <paramref name="line"/> (until the next mark).
    public void Mark(int offset, int line)
    {
        if (_offsets.Count > 0 && _offsets[^1] == offset) { _lines[^1] = line; return; }
        if (_lines.Count > 0 && _lines[^1] == line) return;
        _offsets.Add(offset);
        _lines.Add(line);
    }

    public int LineAt(int offset)
    {
        if (_offsets.Count == 0) return 1;
        var i = _offsets.BinarySearch(offset);
        if (i < 0) i = ~i - 1;
        return _lines[Math.Max(i, 0)];
    }
}
