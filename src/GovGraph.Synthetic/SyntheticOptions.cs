namespace GovGraph.Synthetic;

/// PDF-extraction damage the generator can print into a gazette, each switchable on its own.
[Flags]
public enum PdfDamage
{
    None = 0,
    /// Lines of random width, broken mid-sentence (and stray breaks inside one-line paragraphs).
    RaggedLines = 1,
    /// A narrow column with a blank line after every printed line.
    NarrowColumns = 2,
    /// Bold plan headings extracted with every run doubled: "平川县平川县““十四五十四五””…".
    DoubledHeadings = 4,
    /// Half-width ( ) , : ; mixed into full-width text.
    MixedPunctuation = 8,
    /// 〈〉 for the inner brackets of names inside a clause: 各乡〈镇〉人民政府.
    AngleBrackets = 16,
    /// Spaces between digits and characters: "2023 年", "13 号".
    SpacedNumbers = 32,
    /// Headings split by spaces: "通 知", "目 录".
    SpacedHeadings = 64,
    /// Page numbers and running heads between pages (or a leading space on each page's first line).
    PageFurniture = 128,
    All = RaggedLines | NarrowColumns | DoubledHeadings | MixedPunctuation | AngleBrackets | SpacedNumbers | SpacedHeadings | PageFurniture,
}

/// What the generator prints. The defaults give the corpus's variety; <see cref="Clean"/> prints no damage at all.
public sealed record SyntheticOptions
{
    /// The kinds of damage that may be printed.
    public PdfDamage Damage { get; init; } = PdfDamage.All;

    /// How often a switched-on damage is applied where it can go (per file, document or heading); 1 applies it everywhere.
    public double DamageRate { get; init; } = 0.5;

    /// Share of files printed as a full gazette issue with a cover and a table of contents (目录).
    public double FrontMatterRate { get; init; } = 0.75;

    /// Approximate size of one generated file in UTF-8 bytes; each file draws its size from this range.
    public int MinFileBytes { get; init; } = 60_000;

    public int MaxFileBytes { get; init; } = 320_000;

    public static SyntheticOptions Default { get; } = new();

    public static SyntheticOptions Clean { get; } = new() { Damage = PdfDamage.None, DamageRate = 0 };

    /// Only the given damage, applied wherever it can go.
    public static SyntheticOptions Only(PdfDamage damage) => new() { Damage = damage, DamageRate = 1 };

    public bool Has(PdfDamage damage) => (Damage & damage) == damage && damage != PdfDamage.None && DamageRate > 0;

    internal void Validate()
    {
        if (DamageRate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(DamageRate), DamageRate, "DamageRate must lie between 0 and 1.");
        if (FrontMatterRate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(FrontMatterRate), FrontMatterRate, "FrontMatterRate must lie between 0 and 1.");
        if (MinFileBytes < 4_000) throw new ArgumentOutOfRangeException(nameof(MinFileBytes), MinFileBytes, "MinFileBytes must be at least 4000: a gazette holds at least one whole document.");
        if (MaxFileBytes < MinFileBytes) throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), MaxFileBytes, "MaxFileBytes must not be below MinFileBytes.");
    }
}
