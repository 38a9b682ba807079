using System.Text;

namespace GovGraph.Synthetic.Text;

internal enum LayoutMode
{
    /// One line per paragraph, a blank line between paragraphs.
    Paragraph,
    /// Lines of random width broken anywhere.
    Ragged,
    /// A narrow column, a blank line after every line.
    Narrow,
}

internal enum FurnitureStyle
{
    None,
    NumberThenHead,
    HeadOnly,
    NumberOnly,
    /// No printed furniture, but each page's first line starts with a space, as some extractors print it.
    LeadingSpace,
}

/// How one document is laid out.
internal sealed record LayoutStyle(LayoutMode Mode, int Width, double StrayBreaks, bool BlankBetween)
{
    public static readonly LayoutStyle Plain = new(LayoutMode.Paragraph, 0, 0, true);
}

/// Collects printed lines, counts them, and puts page furniture between pages.
internal sealed class LineSink(FurnitureStyle furniture, string runningHead, string numberFormat, Rng rng, int pageRows)
{
    /// The running head printed at the top of the next page.
    public string RunningHead { get; set; } = runningHead;

    readonly StringBuilder text = new();
    double rowsOnPage;
    bool leadingSpace;

    public LineSink() : this(FurnitureStyle.None, "", "{0}", new Rng(0), int.MaxValue) { }

    /// Lines written so far; the next line gets number Count + 1.
    public int Count { get; private set; }

    public int Page { get; private set; } = 1;

    /// Print a blank line after every line (narrow columns).
    public bool Narrow { get; set; }

    public StringBuilder Text => text;

    /// Writes one line and returns its 1-based number.
    public int Line(string line, double rows = 1)
    {
        if (leadingSpace && line.Length > 0)
        {
            line = " " + line;
            leadingSpace = false;
        }
        var number = Write(line);
        if (Narrow) Write("");
        rowsOnPage += rows;
        if (rowsOnPage >= pageRows) NewPage();
        return number;
    }

    public void Blank() => Write("");

    /// Starts a new page now (a document that begins on a fresh page).
    public void NewPage()
    {
        rowsOnPage = 0;
        var number = string.Format(System.Globalization.CultureInfo.InvariantCulture, numberFormat, Page);
        Page++;
        switch (furniture)
        {
            case FurnitureStyle.NumberThenHead:
                Furniture(number);
                for (var i = rng.Int(1, 3); i > 0; i--) Blank();
                Furniture(RunningHead);
                Blank();
                break;
            case FurnitureStyle.HeadOnly:
                Blank();
                Furniture(RunningHead);
                Blank();
                break;
            case FurnitureStyle.NumberOnly:
                Blank();
                Furniture(number);
                Blank();
                break;
            case FurnitureStyle.LeadingSpace:
                leadingSpace = true;
                break;
        }
    }

    void Furniture(string line)
    {
        Write(line);
        if (Narrow) Write("");
    }

    int Write(string line)
    {
        text.Append(line).Append('\n');
        return ++Count;
    }
}

/// Breaks printed paragraphs into lines and tells every span the line it starts on.
internal static class Layout
{
    const double RowWidth = 38;

    public static void Place(Para para, LayoutStyle style, LineSink sink, Rng rng)
    {
        var text = para.Printed;
        var spans = para.Spans.Count > 1 ? para.Spans.OrderBy(s => s.Start).ToList() : para.Spans;
        var next = 0;
        sink.Narrow = style.Mode == LayoutMode.Narrow;

        void Emit(int a, int b, double rows)
        {
            var line = sink.Line(text[a..b], rows);
            while (next < spans.Count && spans[next].Start < b)
            {
                spans[next].Line = line;
                next++;
            }
        }

        var segStart = 0;
        while (segStart <= text.Length)
        {
            var nl = text.IndexOf('\n', segStart);
            var segEnd = nl < 0 ? text.Length : nl;
            if (segEnd > segStart) PlaceSegment(para, style, segStart, segEnd, text, rng, Emit, sink);
            if (nl < 0) break;
            segStart = nl + 1;
        }
        while (next < spans.Count) spans[next++].Line = sink.Count;

        if (style.Mode == LayoutMode.Paragraph && (para.Kind != ParaKind.TitleHead || rng.Chance(0.7))) sink.Blank();
        else if (style.Mode == LayoutMode.Ragged && (style.BlankBetween || para.Kind != ParaKind.Body)) sink.Blank();
    }

    static void PlaceSegment(Para para, LayoutStyle style, int a, int b, string text, Rng rng, Action<int, int, double> emit, LineSink sink)
    {
        var keepWhole = para.Kind == ParaKind.PlanTitle || (para.Kind == ParaKind.Meta && style.Mode != LayoutMode.Narrow);
        if (keepWhole || style.Mode == LayoutMode.Paragraph)
        {
            var width = Width(text, a, b);
            if (!keepWhole && para.Kind == ParaKind.Body && b - a > 40 && rng.Chance(style.StrayBreaks))
            {
                // A paragraph cut in two by a page or column break, the halves separated by a blank line.
                var cut = rng.Int(a + 10, b - 6);
                emit(a, cut, Math.Ceiling(Width(text, a, cut) / RowWidth));
                sink.Blank();
                emit(cut, b, Math.Ceiling(Width(text, cut, b) / RowWidth));
                return;
            }
            emit(a, b, Math.Max(1, Math.Ceiling(width / RowWidth)));
            return;
        }

        var i = a;
        while (i < b)
        {
            var target = style.Mode == LayoutMode.Narrow ? style.Width + rng.Int(-1, 1) : rng.Int(Math.Max(6, style.Width - 14), style.Width + 4);
            var w = 0.0;
            var j = i;
            while (j < b && w < target)
            {
                w += CharWidth(text[j]);
                j++;
            }
            // Never leave a line of spaces alone, nor a lone trailing character.
            if (b - j <= 1) j = b;
            emit(i, j, 1);
            i = j;
        }
    }

    public static double Width(string s, int a, int b)
    {
        var w = 0.0;
        for (var i = a; i < b; i++) w += CharWidth(s[i]);
        return w;
    }

    static double CharWidth(char c) => c < 0x2E80 ? 0.5 : 1;
}
