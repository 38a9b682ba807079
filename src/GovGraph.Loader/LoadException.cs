namespace GovGraph.Loader;

/// A file that cannot be loaded: names the file and says what is wrong with it.
public sealed class LoadException(string file, string reason, Exception? inner = null)
    : Exception($"{file}: {reason}", inner)
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
