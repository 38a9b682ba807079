using System.Security.Cryptography;
using System.Text;

namespace GovGraph;

/// Deterministic ids derived from a node's identity (its natural key), so reloading the same files changes nothing.
public static class Ids
{
    public static string Node(string label, string key) => label.ToLowerInvariant() + "_" + Hash(label + "\u001f" + key);

    public static string Edge(string type, string from, string to, string? qualifier = null) =>
        "e_" + Hash(type + "\u001f" + from + "\u001f" + to + "\u001f" + qualifier);

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
}
