using GovGraph.Synthetic.Text;

namespace GovGraph.Synthetic.Compose;

/// A document as composed: its paragraphs, how it is laid out, and what the table of contents says of it.
internal sealed class DocDraft
{
    public required string Title { get; init; }
    public required string? DocNumber { get; init; }
    public required string Issuer { get; init; }
    public required string? Date { get; init; }
    public required string Section { get; init; }

    /// The title head, whose first line is the document's line.
    public required TextSpan Head { get; init; }

    /// How the title head printed its plan title, for the table of contents: with or without 《》.
    public string TocTitle { get; set; } = "";

    public List<Para> Paras { get; } = [];

    /// The plan titles the title head names, in order.
    public List<TextSpan> HeadPlans { get; init; } = [];

    public LayoutStyle Layout { get; set; } = LayoutStyle.Plain;

    public bool NewPage { get; set; }

    /// The body page the title head is printed on.
    public int Page { get; set; }

    /// 发文字号 or, where the document has none, its title: how other records name it.
    public string Key => DocNumber ?? Title;
}

internal sealed record PendingResponsibility(TextSpan Clause, TextSpan TaskHeading, List<TextSpan> Leads, List<TextSpan> Cooperates, List<TextSpan> Responsible, ClauseForm Form);

internal sealed record PendingCitation(TextSpan Anchor, string CitingDoc, TextSpan? Title, string? DocNumber, string Kind);

internal sealed record PendingSupersedes(TextSpan Anchor, string NewDoc, TextSpan? OldTitle, string? OldDocNumber);

internal sealed record PendingTarget(TextSpan Value, TextSpan Metric, TextSpan Text, string ValueText, string Unit, string? Deadline);

internal sealed record PendingTownship(TextSpan Name, string Township);

internal sealed record PendingAlias(TextSpan Evidence, string Canonical, string[] Aliases);

/// Facts found while composing a file, pointing at spans whose lines layout fills in.
internal sealed class PendingFacts
{
    public List<(DocDraft Doc, TextSpan Head)> Documents { get; } = [];
    public List<PendingResponsibility> Responsibilities { get; } = [];
    public List<PendingCitation> Citations { get; } = [];
    public List<PendingCitation> Publishes { get; } = [];
    public List<PendingSupersedes> Supersedes { get; } = [];
    public List<PendingTarget> Targets { get; } = [];
    public List<PendingTownship> Townships { get; } = [];
    public List<PendingAlias> Aliases { get; } = [];
}
