namespace GovGraph;

/// An input file's graph that cannot be stored as given (an edge to a node nobody asserts, an unknown label …).
/// The message names the file and the offending node or edge; nothing of the file was written. Stores throw it; the
/// loader reports it against the file and goes on with the next one.
public sealed class GraphDataException(string message) : Exception(message);
