using System.Text.RegularExpressions;
using GovGraph.Synthetic;

namespace GovGraph.Tests.Synthetic;

/// A modest corpus with every kind of damage, generated once for the truth tests.
public sealed class DamagedCorpus
{
    public const int Seed = 20231;

    public DamagedCorpus()
    {
        Files = [.. SyntheticGenerator.Generate(Seed, 1_600_000)];
        Geography = SyntheticCorpus.Create(Seed);
    }

    public IReadOnlyList<SyntheticFile> Files { get; }

    public SyntheticCorpus Geography { get; }

    public IEnumerable<(SyntheticFile File, string[] Lines)> WithLines() => Files.Select(f => (f, Printed.Lines(f.Text)));
}

public sealed partial class SyntheticTruthTests(DamagedCorpus corpus) : IClassFixture<DamagedCorpus>
{
    [Fact]
    public void Every_clause_form_is_printed_in_a_modest_corpus()
    {
        var forms = corpus.Files.SelectMany(f => f.Truth.Responsibilities).Select(r => r.Form).ToHashSet();
        var missing = Enum.GetValues<ClauseForm>().Where(f => !forms.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "forms never printed: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_clause_is_printed_in_the_shape_of_its_form()
    {
        foreach (var r in corpus.Files.SelectMany(f => f.Truth.Responsibilities))
        {
            var raw = Printed.Squash(r.Raw);
            var shape = r.Form switch
            {
                ClauseForm.LeadCooperate => @"^[（(]牵头单位[：:].+[；;，,]配合单位[：:].+[）)]$",
                ClauseForm.LeadResponsible => @"^[（(]牵头单位[：:].+[；;，,]责任单位[：:].+[）)]$",
                ClauseForm.ResponsibleOnly => @"^[（(]责任单位[：:][^；;]+[）)]$",
                ClauseForm.LeadParticipate => @"^[（(]牵头单位[：:].+[；;，,]参与单位[：:].+[）)]$",
                ClauseForm.LeadAssist => @"^[（(]牵头单位[：:].+[；;，,]协(同|办)单位[：:].+[）)]$",
                ClauseForm.ResponsibleParticipate => @"^[（(]责任单位[：:].+[；;，,]参与单位[：:].+[）)]$",
                ClauseForm.LeadOthersByDuty => @"^[（(].+牵头[，,].+按职责分工负责[）)]$",
                ClauseForm.LeadThenCooperate => @"^[（(].+牵头[，,].+配合.*[）)]$",
                ClauseForm.ChargeThenCooperate => @"^[（(].+负责[，,].+配合[）)]$",
                ClauseForm.ByLeadSentence => @"^由.+牵头[，,].+配合$",
                ClauseForm.HalfWidth => @"^\(牵头单位:.+,配合单位:.+\)$",
                ClauseForm.ByDutyOnly => @"^[（(].+按职责分工负责[）)]$",
                ClauseForm.FirstListedLeads or ClauseForm.FirstCommaLeads => @"^[（(](责任单位[：:])?[^；;：:]+[）)]$",
                _ => throw new InvalidOperationException(r.Form.ToString()),
            };
            Assert.True(Regex.IsMatch(raw, shape), $"{r.Form}: {r.Raw}");
        }
    }

    [Fact]
    public void Every_name_of_a_clause_is_printed_in_its_raw_text_and_roles_follow_the_form()
    {
        foreach (var r in corpus.Files.SelectMany(f => f.Truth.Responsibilities))
        {
            foreach (var name in r.Leads.Concat(r.Cooperates).Concat(r.Responsible))
            {
                Assert.Contains(name, r.Raw, StringComparison.Ordinal);
                Assert.False(name.EndsWith('等') || name.EndsWith("等部门", StringComparison.Ordinal), name);
            }
            switch (r.Form)
            {
                case ClauseForm.ResponsibleOnly or ClauseForm.ByDutyOnly:
                    Assert.Empty(r.Leads);
                    Assert.NotEmpty(r.Responsible);
                    break;
                case ClauseForm.FirstListedLeads:
                    Assert.Single(r.Leads);
                    Assert.NotEmpty(r.Cooperates);
                    Assert.StartsWith(r.Leads[0], Regex.Replace(Printed.Squash(r.Raw), "^[（(](责任单位[：:])?", ""), StringComparison.Ordinal);
                    break;
                case ClauseForm.ChargeThenCooperate or ClauseForm.ResponsibleParticipate:
                    Assert.Empty(r.Leads);
                    break;
                default:
                    Assert.NotEmpty(r.Leads);
                    break;
            }
        }
    }

    [Fact]
    public void Every_name_in_a_clause_is_a_form_of_a_body_of_the_files_county_or_a_township_government()
    {
        foreach (var file in corpus.Files)
        {
            var county = corpus.Geography.Counties.Single(c => c.Name == file.County);
            var forms = SyntheticCorpus.AgenciesOf(county).SelectMany(a => a.SurfaceForms)
                .Concat(county.Townships.Select(t => t.Name + "人民政府"))
                .Select(Unify).ToHashSet(StringComparer.Ordinal);
            foreach (var r in file.Truth.Responsibilities)
                foreach (var name in r.Leads.Concat(r.Cooperates).Concat(r.Responsible))
                    Assert.True(forms.Contains(Unify(name)), $"{file.Name}:{r.Line} '{name}' names no body of {county.Name}");
        }

        // Names are compared with the bracket forms printing varies unified, as the evaluator does.
        static string Unify(string s) => s.Replace('〈', '（').Replace('〉', '）').Replace('(', '（').Replace(')', '）');
    }

    [Fact]
    public void Documents_that_say_the_first_unit_leads_have_clauses_of_units_only()
    {
        var files = corpus.Files.Where(f => f.Text.Contains("排在第一位的部门为牵头部门", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.Contains(files, f => f.Truth.Responsibilities.Any(r => r.Form == ClauseForm.FirstListedLeads));
        Assert.Contains(corpus.Files, f => f.Text.Contains("第一个逗号前", StringComparison.Ordinal) && f.Truth.Responsibilities.Any(r => r.Form == ClauseForm.FirstCommaLeads));
    }

    [Fact]
    public void Document_lines_point_at_the_first_line_of_the_title_head()
    {
        foreach (var (file, lines) in corpus.WithLines())
            foreach (var d in file.Truth.Documents)
            {
                Assert.True(Printed.StartsOnLine(lines, d.Line, d.Title, length: 40, dropBookBrackets: true), $"{file.Name}:{d.Line} {d.Title}");
                Assert.StartsWith(d.Issuer, d.Title, StringComparison.Ordinal);
                Assert.Equal(file.County, d.County);
            }
    }

    [Fact]
    public void Responsibility_lines_point_at_the_clause_opening()
    {
        foreach (var (file, lines) in corpus.WithLines())
            foreach (var r in file.Truth.Responsibilities)
                Assert.True(Printed.StartsOnLine(lines, r.Line, r.Raw, length: 30), $"{file.Name}:{r.Line} {r.Raw}");
    }

    [Fact]
    public void The_line_check_fails_for_lines_that_are_off_by_a_few()
    {
        var checks = 0;
        var wrong = 0;
        foreach (var (file, lines) in corpus.WithLines())
            foreach (var r in file.Truth.Responsibilities)
            {
                checks++;
                if (!Printed.StartsOnLine(lines, r.Line + 3, r.Raw, length: 30)) wrong++;
            }
        Assert.True(wrong > checks * 0.95, $"{wrong} of {checks} shifted lines rejected");
    }

    [Fact]
    public void Citation_and_publishing_lines_point_at_the_cited_title_or_number()
    {
        foreach (var (file, lines) in corpus.WithLines())
            foreach (var c in file.Truth.Citations.Concat(file.Truth.Publishes))
            {
                var ok = c.Title is not null
                    ? Printed.StartsOnLine(lines, c.Line, c.Title, length: 30)
                    : Printed.StartsOnLine(lines, c.Line, c.DocNumber!, numberBrackets: true);
                Assert.True(ok, $"{file.Name}:{c.Line} {c.Title ?? c.DocNumber}");
            }
    }

    [Fact]
    public void Supersedes_lines_point_at_the_repealed_number_or_title_near_a_repeal_word()
    {
        foreach (var (file, lines) in corpus.WithLines())
            foreach (var s in file.Truth.Supersedes)
            {
                var ok = s.OldDocNumber is not null
                    ? Printed.StartsOnLine(lines, s.Line, s.OldDocNumber, numberBrackets: true)
                    : Printed.StartsOnLine(lines, s.Line, s.OldTitle!);
                Assert.True(ok, $"{file.Name}:{s.Line} {s.OldDocNumber ?? s.OldTitle}");
                var window = Printed.Window(lines, s.Line, 12);
                Assert.Matches("废止|不再执行|失效", window);
            }
    }

    [Fact]
    public void Target_lines_point_at_the_value_and_its_unit()
    {
        foreach (var (file, lines) in corpus.WithLines())
            foreach (var t in file.Truth.Targets)
            {
                Assert.True(Printed.StartsOnLine(lines, t.Line, t.Value + t.Unit), $"{file.Name}:{t.Line} {t.Value}{t.Unit}");
                Assert.Contains(t.Metric, t.Text, StringComparison.Ordinal);
                Assert.Matches(@"^\d{4}$", t.Deadline);
            }
    }

    [Fact]
    public void Township_lines_point_at_the_first_mention_of_a_township_of_the_files_county()
    {
        foreach (var (file, lines) in corpus.WithLines())
        {
            var county = corpus.Geography.Counties.Single(c => c.Name == file.County);
            foreach (var t in file.Truth.Townships)
            {
                Assert.Contains(county.Townships, k => k.Name == t.Name);
                Assert.True(Printed.StartsOnLine(lines, t.Line, t.Name), $"{file.Name}:{t.Line} {t.Name}");
                var before = string.Concat(lines.Take(t.Line - 1).Select(l => Printed.Squash(l)));
                Assert.DoesNotContain(t.Name, before, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Agency_aliases_are_tied_by_an_explicit_short_name_at_their_evidence_lines()
    {
        var groups = corpus.Files.SelectMany(f => f.Truth.Agencies.Select(a => (f, a))).ToList();
        Assert.NotEmpty(groups);
        foreach (var (file, a) in groups)
        {
            var lines = Printed.Lines(file.Text);
            var full = a.Aliases.OrderByDescending(x => x.Length).First();
            Assert.Equal(file.County + full[1..], a.Canonical);
            foreach (var line in a.Evidence)
            {
                Assert.True(Printed.StartsOnLine(lines, line, full), $"{file.Name}:{line} {full}");
                var window = Printed.Window(lines, line, 16);
                Assert.Matches(Regex.Escape(full) + "[（(]以下简称(" + string.Join('|', a.Aliases.Where(x => x != full).Select(Regex.Escape)) + ")", window);
            }
        }
    }

    [Fact]
    public void Document_numbers_are_normalized_and_unique_across_the_corpus()
    {
        // Every county, city and province has a code of its own, so a 发文字号 names one document.
        var numbers = corpus.Files.SelectMany(f => f.Truth.Documents).Where(d => d.DocNumber is not null).Select(d => d.DocNumber!).ToList();
        Assert.All(numbers, n => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+〔\d{4}〕\d+号$", n));
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        var cited = corpus.Files.SelectMany(f => f.Truth.Citations).Where(c => c.DocNumber is not null).Select(c => c.DocNumber!);
        Assert.All(cited, n => Assert.Matches(@"^(\p{IsCJKUnifiedIdeographs}+〔\d{4}〕\d+号|国务院令第\d+号)$", n));
    }

    [Fact]
    public void Every_kind_of_fact_and_every_citation_kind_is_present()
    {
        var all = corpus.Files.Select(f => f.Truth).ToList();
        Assert.Contains(all, t => t.Supersedes.Count > 0);
        Assert.All(new[] { "documents", "responsibilities", "citations", "publishes", "supersedes", "targets", "townships", "agencies" },
            kind => Assert.Contains(corpus.Files, f => LabelWriter.Lines(f, kind).Length > 0));
        var kinds = all.SelectMany(t => t.Citations).Select(c => c.Kind).ToHashSet();
        Assert.Superset(new HashSet<string> { "law", "regulation", "plan", "notice", "standard", "other" }, kinds);
        Assert.Contains(all.SelectMany(t => t.Documents), d => d.DocNumber is null);
        Assert.Contains(all.SelectMany(t => t.Documents), d => d.Title.EndsWith("通告", StringComparison.Ordinal));
        Assert.Contains(all.SelectMany(t => t.Documents), d => d.Title.EndsWith("任免职务的通知", StringComparison.Ordinal));
        Assert.Contains(all.SelectMany(t => t.Citations), c => c.DocNumber is not null && c.DocNumber.StartsWith("国务院令", StringComparison.Ordinal));
        foreach (var c in all.SelectMany(t => t.Citations).Where(c => c.Title is not null))
        {
            var expected = c.Title!.EndsWith('法') ? "law"
                : Regex.IsMatch(c.Title, "(条例|办法)$") ? "regulation"
                : Regex.IsMatch(c.Title, "(通知|意见)$") ? "notice"
                : Regex.IsMatch(c.Title, "请示$") ? "other"
                : null;
            if (expected is not null) Assert.True(expected == c.Kind, $"{c.Title}: {c.Kind}, expected {expected}");
        }
    }

    [Fact]
    public void Statements_that_only_look_like_facts_are_printed_but_not_labelled()
    {
        var text = string.Concat(corpus.Files.Select(f => f.Text));
        Assert.Contains("负责解释", text, StringComparison.Ordinal);
        Assert.Contains("蒸吨", text, StringComparison.Ordinal);
        Assert.Contains("你单位", text, StringComparison.Ordinal);
        Assert.Contains("负责人", text, StringComparison.Ordinal);
        Assert.Contains("自行失效", text, StringComparison.Ordinal);
        Assert.Contains("以下简称《实施意见》", text, StringComparison.Ordinal);
        foreach (var (file, lines) in corpus.WithLines())
        {
            var explained = Enumerable.Range(1, lines.Length).Where(i => lines[i - 1].Contains("负责解释", StringComparison.Ordinal)).ToHashSet();
            Assert.DoesNotContain(file.Truth.Responsibilities, r => explained.Contains(r.Line) && !r.Raw.Contains('（') && !r.Raw.Contains('('));
            Assert.DoesNotContain(file.Truth.Targets, t => t.Text.Contains("蒸吨", StringComparison.Ordinal));
            Assert.DoesNotContain(file.Truth.Citations, c => c.Title is "实施意见" or "方案" or "计划" or "规划");
            Assert.DoesNotContain(file.Truth.Responsibilities, r => r.Raw.Contains("你单位", StringComparison.Ordinal));
        }
    }
}
