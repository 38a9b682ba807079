using System.Text;

namespace GovGraph.Synthetic.Text;

/// A stretch of a paragraph that a fact points at. Offsets are canonical until damage is printed, then printed ones.
internal sealed class TextSpan
{
    public int Start;
    public int End;

    /// No spaces may be printed into it (names, cited titles): their truth is their printed form.
    public bool Protect;

    /// The text as printed, set when damage is applied.
    public string Printed = "";

    /// 1-based line of the span's first character in the file body, set by layout.
    public int Line;
}

internal enum ParaKind
{
    Body,
    Heading,
    /// A plan's title in bold type: may be printed with every run doubled.
    PlanTitle,
    /// The title head, issuer to kind; '\n' inside marks its printed line breaks.
    TitleHead,
    /// 发文字号, recipients, signature, dates: short lines kept whole.
    Meta,
}

/// One paragraph: its canonical text, the spans facts point at, and how damage may print it.
internal sealed class Para(ParaKind kind)
{
    readonly StringBuilder text = new();

    public ParaKind Kind { get; } = kind;

    public List<TextSpan> Spans { get; } = [];

    /// Print ( ) , : ; half-width.
    public bool HalfWidth;

    /// Print brackets nested in brackets as 〈〉.
    public bool Angle;

    /// Chance of a space at each digit/character boundary.
    public double DigitSpaces;

    /// Print every run twice (PlanTitle only).
    public bool Doubled;

    public string Printed { get; set; } = "";

    public int Length => text.Length;

    public Para Append(string s)
    {
        text.Append(s);
        return this;
    }

    public TextSpan Add(string s, bool protect = false)
    {
        var span = new TextSpan { Start = text.Length, Protect = protect };
        text.Append(s);
        span.End = text.Length;
        Spans.Add(span);
        return span;
    }

    /// A span over text already appended.
    public TextSpan Span(int start, int end, bool protect = false)
    {
        var span = new TextSpan { Start = start, End = end, Protect = protect };
        Spans.Add(span);
        return span;
    }

    /// A span from a mark taken earlier to the current end.
    public TextSpan From(int start, bool protect = false)
    {
        var span = new TextSpan { Start = start, End = text.Length, Protect = protect };
        Spans.Add(span);
        return span;
    }

    public string Canonical => text.ToString();

    public override string ToString() => Printed.Length > 0 ? Printed : text.ToString();
}
