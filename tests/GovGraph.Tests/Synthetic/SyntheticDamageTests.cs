using System.Text.RegularExpressions;
using GovGraph.Synthetic;

namespace GovGraph.Tests.Synthetic;

/// Each kind of PDF damage, switched on alone, prints what it says; switched off, it prints nothing of the kind.
public sealed class SyntheticDamageTests
{
    const int Seed = 515;
    const long Size = 350_000;

    static List<SyntheticFile> Generate(SyntheticOptions options) => [.. SyntheticGenerator.Generate(Seed, Size, options with { FrontMatterRate = 1 })];

    static readonly Lazy<List<SyntheticFile>> Clean = new(() => Generate(SyntheticOptions.Clean));

    static IEnumerable<string> NonBlankLines(IEnumerable<SyntheticFile> files) =>
        files.SelectMany(f => Printed.Lines(f.Text)).Where(l => l.Trim().Length > 0);

    [Fact]
    public void Narrow_columns_put_a_blank_line_after_every_line()
    {
        foreach (var file in Generate(SyntheticOptions.Only(PdfDamage.NarrowColumns)))
        {
            var lines = Printed.Lines(file.Text.TrimEnd('\n'));
            for (var i = 0; i < lines.Length - 1; i++)
                if (lines[i].Length > 0)
                    Assert.True(lines[i + 1].Length == 0, $"{file.Name}:{i + 1} '{lines[i]}' is followed by '{lines[i + 1]}'");
            var body = lines.Where(l => l.Length > 0 && !l.Contains('〔') && !l.Contains("公报", StringComparison.Ordinal)).ToList();
            Assert.True(body.Count(l => l.Length <= 26) > body.Count * 0.6, "most lines are narrow");
        }
        Assert.Contains(Clean.Value, f => Printed.Lines(f.Text).Zip(Printed.Lines(f.Text).Skip(1)).Any(p => p.First.Length > 0 && p.Second.Length > 0));
    }

    [Fact]
    public void Ragged_lines_break_sentences_where_clean_paragraphs_do_not()
    {
        // Lines inside a sentence (they hold a comma) that end on a character rather than on punctuation.
        static double MidSentence(IEnumerable<SyntheticFile> files)
        {
            var lines = NonBlankLines(files).Where(l => l.Contains('，')).ToList();
            return lines.Count(l => l[^1] is >= '\u4E00' and <= '\u9FFF') / (double)lines.Count;
        }
        var ragged = MidSentence(Generate(SyntheticOptions.Only(PdfDamage.RaggedLines)));
        var clean = MidSentence(Clean.Value);
        Assert.True(ragged > 0.5, $"ragged {ragged:P0}");
        Assert.True(clean < 0.12, $"clean {clean:P0}");
    }

    [Fact]
    public void Doubled_headings_print_every_run_of_a_plan_title_twice()
    {
        static int Doubled(List<SyntheticFile> files) => files.Sum(f =>
        {
            var titles = f.Truth.Publishes.Select(p => p.Title!).ToHashSet(StringComparer.Ordinal);
            return Printed.Lines(f.Text).Count(l => Printed.Undouble(l) is { } u && titles.Contains(u));
        });
        var doubled = Generate(SyntheticOptions.Only(PdfDamage.DoubledHeadings));
        Assert.True(Doubled(doubled) >= 5);
        Assert.Contains(NonBlankLines(doubled), l => l.Contains("““", StringComparison.Ordinal) || l.Contains("（（", StringComparison.Ordinal));
        Assert.Equal(0, Doubled(Clean.Value));
    }

    [Fact]
    public void Mixed_punctuation_prints_half_width_marks_into_full_width_clauses()
    {
        static bool HalfWidth(ResponsibilityFact r) => r.Form != ClauseForm.HalfWidth && r.Raw.IndexOfAny(['(', ':', ',', ';']) >= 0;
        var mixed = Generate(SyntheticOptions.Only(PdfDamage.MixedPunctuation));
        Assert.Contains(mixed.SelectMany(f => f.Truth.Responsibilities), HalfWidth);
        Assert.Contains(NonBlankLines(mixed), l => Regex.IsMatch(l, @"^\([一二三四五六七八九十]+\)"));
        Assert.Contains(mixed.SelectMany(f => Printed.Lines(f.Text)), l => Regex.IsMatch(l, @"\p{IsCJKUnifiedIdeographs}+[\[［【]\d{4}[\]］】]\d+"));
        Assert.DoesNotContain(Clean.Value.SelectMany(f => f.Truth.Responsibilities), HalfWidth);
        Assert.DoesNotContain(NonBlankLines(Clean.Value), l => Regex.IsMatch(l, @"\p{IsCJKUnifiedIdeographs}[,:;(]\p{IsCJKUnifiedIdeographs}"));
    }

    [Fact]
    public void Angle_brackets_replace_the_inner_brackets_of_names_in_clauses()
    {
        static IEnumerable<string> Names(List<SyntheticFile> files) =>
            files.SelectMany(f => f.Truth.Responsibilities).SelectMany(r => r.Leads.Concat(r.Cooperates).Concat(r.Responsible));
        var angled = Generate(SyntheticOptions.Only(PdfDamage.AngleBrackets));
        Assert.Contains(Names(angled), n => n.Contains('〈') && n.EndsWith('〉') || n.Contains("〈镇〉", StringComparison.Ordinal));
        Assert.DoesNotContain(Names(Clean.Value), n => n.Contains('〈'));
        Assert.Contains(Names(Clean.Value), n => n.Contains('（'));
    }

    [Fact]
    public void Spaced_numbers_put_spaces_between_digits_and_characters()
    {
        var spaced = Generate(SyntheticOptions.Only(PdfDamage.SpacedNumbers));
        Assert.Contains(NonBlankLines(spaced), l => Regex.IsMatch(l, @"\d [号年月日]"));
        Assert.Contains(NonBlankLines(spaced), l => Regex.IsMatch(l, @"[到至] \d{4}"));
        Assert.DoesNotContain(NonBlankLines(Clean.Value), l => Regex.IsMatch(l, @"\d [号年月日]"));
        // The truth keeps numbers whole: 发文字号 normalized, values without spaces.
        Assert.All(spaced.SelectMany(f => f.Truth.Documents), d => Assert.DoesNotContain(" ", d.DocNumber ?? "", StringComparison.Ordinal));
        Assert.All(spaced.SelectMany(f => f.Truth.Targets), t => Assert.DoesNotContain(" ", t.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Spaced_headings_split_the_kind_of_a_title_head_by_a_space()
    {
        static bool SpacedHead(string l) => Regex.IsMatch(l.Trim(), "^(通 知|通 告|批 复|目 录)$");
        var spaced = Generate(SyntheticOptions.Only(PdfDamage.SpacedHeadings));
        Assert.Contains(NonBlankLines(spaced), SpacedHead);
        Assert.DoesNotContain(NonBlankLines(Clean.Value), SpacedHead);
        Assert.Contains(spaced.SelectMany(f => f.Truth.Documents), d => d.Title.EndsWith("通知", StringComparison.Ordinal));
        Assert.DoesNotContain(spaced.SelectMany(f => f.Truth.Documents), d => d.Title.Contains(' '));
    }

    [Fact]
    public void Page_furniture_puts_page_numbers_and_running_heads_between_pages()
    {
        var paged = Generate(SyntheticOptions.Only(PdfDamage.PageFurniture));
        foreach (var file in paged)
        {
            var firstDocument = file.Truth.Documents[0].Line;
            var body = Printed.Lines(file.Text).Skip(firstDocument - 1).ToList();
            var furniture = body.Count(Printed.IsFurniture) + body.Count(l => l.StartsWith(' '));
            Assert.True(furniture >= 2, $"{file.Name}: {furniture} furniture lines");
        }
        var numbers = paged.SelectMany(f => Printed.Lines(f.Text)).Where(l => Regex.IsMatch(l, @"^[—\-·]+ ?\d+( ?[—\-·]+)?$")).ToList();
        Assert.NotEmpty(numbers);
        foreach (var file in Clean.Value)
        {
            var body = Printed.Lines(file.Text).Skip(file.Truth.Documents[0].Line - 1);
            Assert.DoesNotContain(body, l => Printed.IsFurniture(l) && !l.Contains("公报》", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_gazette_opens_with_a_table_of_contents_that_repeats_every_title_with_its_page()
    {
        foreach (var file in Generate(SyntheticOptions.Only(PdfDamage.PageFurniture)).Concat(Clean.Value))
        {
            var lines = Printed.Lines(file.Text);
            var first = file.Truth.Documents[0].Line;
            var front = string.Concat(lines.Take(first - 1).Select(l => Printed.Squash(l).Replace("《", "", StringComparison.Ordinal).Replace("》", "", StringComparison.Ordinal)));
            Assert.Contains("目录", front, StringComparison.Ordinal);
            foreach (var d in file.Truth.Documents)
            {
                var at = front.IndexOf(d.Title, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{file.Name}: {d.Title} not in the table of contents");
                Assert.Matches(@"^[^（(]*[（(]\d+[）)]", front[(at + d.Title.Length)..]);
            }
            var pages = Regex.Matches(front, @"\((\d+)\)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(pages.Zip(pages.Skip(1)).All(p => p.First <= p.Second), "pages ascend within the table of contents");
        }
    }

    [Fact]
    public void Plans_number_their_parts_on_four_levels()
    {
        var lines = NonBlankLines(Clean.Value).ToList();
        Assert.Contains(lines, l => Regex.IsMatch(l, "^[一二三四五六七八九十]+、"));
        Assert.Contains(lines, l => Regex.IsMatch(l, "^（[一二三四五六七八九十]+）"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\d+\."));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\d+、"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^（\d+）"));
        // 二、 → （一） → 1.: a subsection heading followed by its first task.
        Assert.Contains(lines.Zip(lines.Skip(1)), p => Regex.IsMatch(p.First, "^（一）[^。]+$") && Regex.IsMatch(p.Second, @"^1[.、]"));
    }

    [Fact]
    public void Clean_options_print_the_facts_exactly_as_composed()
    {
        foreach (var file in Clean.Value)
        {
            var lines = Printed.Lines(file.Text);
            foreach (var r in file.Truth.Responsibilities)
                Assert.Contains(r.Raw, lines[r.Line - 1], StringComparison.Ordinal);
            foreach (var d in file.Truth.Documents)
                Assert.StartsWith(d.Issuer, lines[d.Line - 1], StringComparison.Ordinal);
        }
    }
}
