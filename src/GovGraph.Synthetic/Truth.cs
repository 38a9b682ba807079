using System.Text.Json.Serialization;

namespace GovGraph.Synthetic;

/// The printed form of a responsibility clause; kept beside each fact so tests can ask that every form was printed.
public enum ClauseForm
{
    /// （牵头单位：A；配合单位：B、C）
    LeadCooperate,
    /// （牵头单位：A；责任单位：B）
    LeadResponsible,
    /// （责任单位：A、B，各乡〈镇〉人民政府）
    ResponsibleOnly,
    /// （牵头单位：A；参与单位：B、C）
    LeadParticipate,
    /// （牵头单位：A；协同单位：B） or 协办单位
    LeadAssist,
    /// （责任单位：A；参与单位：B）
    ResponsibleParticipate,
    /// （A牵头，B、C等部门按职责分工负责）
    LeadOthersByDuty,
    /// （A牵头，B配合）
    LeadThenCooperate,
    /// （A负责，B配合）
    ChargeThenCooperate,
    /// 由A牵头，B配合 (a sentence, no brackets)
    ByLeadSentence,
    /// (牵头单位: A, 配合单位: B)
    HalfWidth,
    /// （A、B等按职责分工负责）
    ByDutyOnly,
    /// （A、B、C） in a document stating 排在第一位的部门为牵头部门
    FirstListedLeads,
    /// （A、B，C、D） in a document stating 第一个逗号前为牵头单位
    FirstCommaLeads,
}

/// One official document (公文) of a file: the title head's first line, title, 发文字号, issuer and 成文日期.
public sealed record DocumentFact(string Seed, int Line, string Title, string? DocNumber, string Issuer, string? Date, string County);

/// One responsibility clause attached to a task, names as printed.
public sealed record ResponsibilityFact(
    string Seed, int Line, string Task, IReadOnlyList<string> Leads, IReadOnlyList<string> Cooperates, IReadOnlyList<string> Responsible, string Raw)
{
    [JsonIgnore]
    public ClauseForm Form { get; init; }
}

/// A reference to another document or law (also the shape of a PUBLISHES record).
public sealed record CitationFact(string Seed, int Line, string CitingDoc, string? Title, string? DocNumber, string Kind);

/// A statement that a document repeals or replaces an older one.
public sealed record SupersedesFact(string Seed, int Line, string NewDoc, string? OldTitle, string? OldDocNumber);

/// A quantitative target: a metric, a value with its unit, and the year it is due.
public sealed record TargetFact(string Seed, int Line, string Metric, string Value, string Unit, string? Deadline, string Text);

/// A township (乡, 镇, 街道) named in the file, at its first mention.
public sealed record TownshipFact(string Seed, string Name, string County, int Line);

/// Surface forms the text itself ties to one agency (an explicit 以下简称).
public sealed record AgencyAliasFact(string Seed, string County, string Canonical, IReadOnlyList<string> Aliases, IReadOnlyList<int> Evidence);

/// Everything a generated file asserts, in the record format of LABELS.md.
public sealed record SyntheticTruth(
    IReadOnlyList<DocumentFact> Documents,
    IReadOnlyList<ResponsibilityFact> Responsibilities,
    IReadOnlyList<CitationFact> Citations,
    IReadOnlyList<CitationFact> Publishes,
    IReadOnlyList<SupersedesFact> Supersedes,
    IReadOnlyList<TargetFact> Targets,
    IReadOnlyList<TownshipFact> Townships,
    IReadOnlyList<AgencyAliasFact> Agencies);

/// A generated gazette: its file name, the label prefix (the name up to the first '_'), the text as printed, and its truth.
public sealed record SyntheticFile(string Name, string Prefix, string County, string Text, SyntheticTruth Truth)
{
    /// UTF-8 size of <see cref="Text"/>.
    public long Bytes => System.Text.Encoding.UTF8.GetByteCount(Text);

    /// Writes the truth as <c>&lt;prefix&gt;.&lt;kind&gt;.jsonl</c> files (every kind, empty when there is none) into <paramref name="folder"/>.
    public void WriteLabels(string folder) => LabelWriter.Write(this, folder);
}
