using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovGraph.Synthetic;

/// Writes a file's truth in the JSON Lines format of LABELS.md, one file per kind.
public static class LabelWriter
{
    /// The kinds, in the order LABELS.md lists them; each becomes <c>&lt;prefix&gt;.&lt;kind&gt;.jsonl</c>.
    public static readonly IReadOnlyList<string> Kinds = ["documents", "responsibilities", "citations", "publishes", "supersedes", "targets", "townships", "agencies"];

    // Chinese stays readable in the files, as in the hand-made labels.
    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// The JSON Lines text of one kind ("documents", "responsibilities", …) of a file's truth.
    public static string Lines(SyntheticFile file, string kind)
    {
        var sb = new StringBuilder();
        foreach (var record in Records(file.Truth, kind))
            sb.Append(JsonSerializer.Serialize(record, record.GetType(), Json)).Append('\n');
        return sb.ToString();
    }

    public static void Write(SyntheticFile file, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var kind in Kinds)
            File.WriteAllText(Path.Combine(folder, $"{file.Prefix}.{kind}.jsonl"), Lines(file, kind), Utf8);
    }

    static IEnumerable<object> Records(SyntheticTruth t, string kind) => kind switch
    {
        "documents" => t.Documents,
        "responsibilities" => t.Responsibilities,
        "citations" => t.Citations,
        "publishes" => t.Publishes,
        "supersedes" => t.Supersedes,
        "targets" => t.Targets,
        "townships" => t.Townships,
        "agencies" => t.Agencies,
        _ => throw new ArgumentException($"Unknown label kind '{kind}'; expected one of {string.Join(", ", Kinds)}.", nameof(kind)),
    };
}
