using GovGraph.Synthetic.Text;
using GovGraph.Synthetic.Vocabulary;

namespace GovGraph.Synthetic.Compose;

/// A plan a notice issues: its title, subject, what it calls itself, and the year its targets are due.
internal sealed record PlanSpec(string Title, string Subject, string KindWord, int Deadline)
{
    /// How the plan names itself: 本方案, 本计划, 本规划, 本意见.
    public string SelfName => KindWord switch
    {
        "实施意见" => "意见",
        "通知" => "通知",
        _ => KindWord[^2..],
    };
}

/// Plans: their numbered sections, tasks with responsibility clauses, targets and safeguards.
internal sealed partial class FileComposer
{
    /// The form of each plan's clauses, and the rule a plan states for them (first listed or first comma leads).
    ClauseForm planForm;
    ClauseForm? planRule;
    string? abbreviation;
    int continuousTask;

    PlanSpec PlanTitle(Domain d)
    {
        var s = rng.Pick(d.Subjects);
        return rng.Int(0, 5) switch
        {
            0 => new PlanSpec($"{C}{Numbers.Inv(Year)}年{s}行动计划", s, "行动计划", Year),
            1 => new PlanSpec($"{C}{s}行动计划（{Numbers.Inv(Year)}—{Numbers.Inv(Year + 2)}年）", s, "行动计划", Year + 2),
            2 => new PlanSpec($"{C}{s}实施方案", s, "实施方案", Year + rng.Int(1, 2)),
            3 => new PlanSpec($"{C}{Numbers.Inv(Year)}年度{s}工作方案", s, "工作方案", Year),
            4 when Year <= 2025 => new PlanSpec($"{C}“十四五”{s}规划", s, "规划", 2025),
            _ => new PlanSpec($"{C}关于{rng.Pick(OpinionVerbs)}{s}的实施方案", s, "实施方案", Year + 2),
        };
    }

    void PlanBody(Domain d, PlanSpec plan, string citingDoc, bool withTitle)
    {
        if (withTitle)
        {
            var title = NewPara(ParaKind.PlanTitle, damage: false);
            title.Append(plan.Title);
            title.Doubled = style.Doubled;
        }
        var intro = NewPara(ParaKind.Body);
        intro.Append(Fill(rng.Pick(Phrases.Purposes), d, "", plan.Subject) + "，根据");
        Citations(intro, d, citingDoc, rng.Int(1, 4));
        intro.Append("等文件精神");
        if (rng.Chance(0.1))
        {
            intro.Append($"，并按照{county.City}人民政府办公室有关文件（");
            var serial = rng.Int(1, 120);
            var year = Year - rng.Int(0, 2);
            var code = county.CityCode + "政办发";
            var number = intro.Add(Numbers.PrintDocNumber(code, year, serial, style.OddBrackets, false, rng));
            intro.Append("）要求");
            Facts.Citations.Add(new PendingCitation(number, citingDoc, null, Numbers.DocNumber(code, year, serial), "other"));
        }
        intro.Append($"，结合我县实际，制定本{plan.SelfName}。");
        if (plan.KindWord == "规划" && rng.Chance(0.7)) PastResult(d);
        PlanSections(d, plan, citingDoc);
    }

    /// 一、总体要求 … 二、重点任务 … 三、保障措施, in one of the numbering schemes plans use.
    void PlanSections(Domain d, PlanSpec plan, string citingDoc)
    {
        planRule = rng.Chance(0.08) ? (rng.Chance(0.6) ? ClauseForm.FirstListedLeads : ClauseForm.FirstCommaLeads) : null;
        planForm = PickForm();
        continuousTask = 0;
        var continuous = rng.Chance(0.3);
        var section = 1;

        Heading($"{Numbers.Chinese(section++)}、{rng.Pick(new[] { "总体要求", "指导思想和工作目标", "总体思路" })}");
        var sub = 1;
        var idea = NewPara(ParaKind.Body);
        idea.Append($"（{Numbers.Chinese(sub++)}）指导思想。" + string.Concat(rng.Sample(Phrases.GuidingIdeas, rng.Int(2, 3)).Select(x => x + "，")) + $"扎实推进{plan.Subject}，为全县高质量发展提供有力支撑。");
        if (rng.Chance(0.4))
        {
            var principles = NewPara(ParaKind.Body);
            principles.Append($"（{Numbers.Chinese(sub++)}）基本原则。");
            foreach (var (pr, body) in rng.Sample(Phrases.Principles, 2).Zip(rng.Sample(Phrases.PrincipleBodies, 2)))
                principles.Append(pr + "。" + body);
        }
        var goals = NewPara(ParaKind.Body);
        goals.Append($"（{Numbers.Chinese(sub++)}）{rng.Pick(new[] { "工作目标", "主要目标", "发展目标" })}。");
        TargetSentence(goals, d, plan.Deadline, rng.Int(2, 4));
        if (continuous) continuousTask = sub - 1;

        var taskSections = rng.Int(1, 4);
        var objects = rng.Sample(d.Objects, d.Objects.Length);
        var used = 0;
        for (var t = 0; t < taskSections; t++)
        {
            Heading($"{Numbers.Chinese(section++)}、{(taskSections == 1 ? rng.Pick(new[] { "重点任务", "主要任务", "工作措施", "工作任务" }) : SectionTitle(d, t))}");
            if (t == 0 && planRule is not null) RuleStatement(plan);
            if (t == 0 || rng.Chance(0.15)) taskNumbering = rng.Int(0, 3);
            if (!continuous && rng.Chance(0.35))
            {
                // Three levels: 二、 → （一） → 1.
                taskNumbering = rng.Int(1, 3);
                var subsections = rng.Sample(Subsections, rng.Int(2, 3));
                for (var j = 0; j < subsections.Count; j++)
                {
                    Heading($"（{Numbers.Chinese(j + 1)}）{subsections[j]}");
                    var tasks = rng.Int(2, 5);
                    for (var k = 1; k <= tasks; k++) Task(d, plan, objects[used++ % objects.Count], TaskPrefix(k));
                }
                continue;
            }
            var count = rng.Int(3, 9);
            for (var k = 1; k <= count; k++)
            {
                var obj = objects[used++ % objects.Count];
                var prefix = continuous ? $"（{Numbers.Chinese(++continuousTask)}）" : TaskPrefix(k);
                Task(d, plan, obj, prefix);
            }
        }

        if (rng.Chance(0.3)) Schedule(section++);

        Heading($"{Numbers.Chinese(section)}、{rng.Pick(new[] { "保障措施", "工作要求", "组织保障" })}");
        var items = rng.Sample(Phrases.SafeguardHeadings, rng.Int(2, 4));
        var bodies = rng.Sample(Phrases.SafeguardBodies, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var p = NewPara(ParaKind.Body);
            p.Append($"（{Numbers.Chinese(continuous ? ++continuousTask : i + 1)}）{items[i]}。");
            if (i == 0 && rng.Chance(0.35)) Alias(p, d, plan);
            p.Append(bodies[i]);
            if (rng.Chance(0.3)) p.Append(rng.Pick(Phrases.Distractors));
            if (i == 1 && abbreviation is not null)
            {
                p.Append($"各有关部门要按照《{abbreviation}》部署，细化工作举措。");
                abbreviation = null;
            }
            if (i == items.Count - 1 && rng.Chance(0.3))
                p.Append($"各责任单位要对照《{plan.SelfName}》确定的目标任务，逐项抓好落实。");
        }
        if (rng.Chance(0.2))
        {
            var lead = d.Leads.Where(k => k != "生态").DefaultIfEmpty("发改").First();
            NewPara(ParaKind.Body).Append($"本{plan.SelfName}由县{Agencies.ByKey[lead].Full}负责解释。");
        }
        if (rng.Chance(0.15))
        {
            // Tables attached "见网络版": named without 《》, they are neither citations nor published plans.
            var annex = NewPara(ParaKind.Body);
            annex.Append($"附件：1.{plan.Subject}重点任务清单（见网络版）");
            if (rng.Chance(0.5)) NewPara(ParaKind.Body).Append($"2.{plan.Subject}责任分工表（见网络版）");
        }
        if (rng.Chance(0.12))
        {
            var end = NewPara(ParaKind.Body);
            end.Append($"本{plan.SelfName}自印发之日起施行");
            Repeal(end, citingDoc, d, inNotice: false);
        }
        abbreviation = null;
    }

    static readonly string[] Subsections = ["强化源头治理", "深化综合整治", "健全长效机制", "夯实基础保障", "提升服务水平", "推动改革创新"];

    static string SectionTitle(Domain d, int t) => t switch
    {
        0 => "聚焦重点领域，扎实推进" + d.Subjects[0] + "工作",
        1 => "补齐短板弱项，提升治理能力",
        _ => "深化改革创新，健全长效机制",
    };

    /// How this plan numbers its tasks: （一）, 1., 1、 or "1. ".
    int taskNumbering;

    string TaskPrefix(int k) => taskNumbering switch
    {
        0 => $"（{Numbers.Chinese(k)}）",
        1 => $"{Numbers.Inv(k)}.",
        2 => $"{Numbers.Inv(k)}、",
        _ => $"{Numbers.Inv(k)}. ",
    };

    void Heading(string text) => NewPara(ParaKind.Heading).Append(text);

    void RuleStatement(PlanSpec plan)
    {
        var p = NewPara(ParaKind.Body);
        p.Append(planRule == ClauseForm.FirstListedLeads
            ? rng.Pick(new[] { $"本{plan.SelfName}各项任务所列责任单位中，排在第一位的部门为牵头部门，其余为配合部门。", "以下各项任务中，排在第一位的部门为牵头部门，其他部门按职责分工配合。" })
            : rng.Pick(new[] { "以下各项任务的责任单位中，第一个逗号前为牵头单位，其余为配合单位。", $"本{plan.SelfName}责任单位中，第一个逗号前的单位为牵头单位，逗号后的单位为配合单位。" }));
    }

    /// One task: a numbered heading, what is to be done, and (mostly) who does it.
    void Task(Domain d, PlanSpec plan, string obj, string prefix)
    {
        var form = planRule ?? (rng.Chance(0.65) ? planForm : PickForm());
        FreshMeasures();
        var headingText = rng.Pick(Phrases.HeadingVerbs) + obj;
        Para body;
        TextSpan heading;
        if (rng.Chance(0.6))
        {
            body = NewPara(ParaKind.Body);
            body.Append(prefix);
            heading = body.Add(headingText);
            body.Append("。");
        }
        else
        {
            var h = NewPara(ParaKind.Heading);
            h.Append(prefix);
            heading = h.Add(headingText);
            body = NewPara(ParaKind.Body);
        }

        var sentences = rng.Sample(Phrases.TaskSentences, rng.Int(1, 4));
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i == 0 && rng.Chance(0.12)) AppendWithTownships(body, Fill(rng.Pick(Phrases.TownshipSentences), d, obj));
            else body.Append(Fill(sentences[i], d, obj));
        }
        if (rng.Chance(0.12)) body.Append(rng.Pick(d.Thresholds) + "。");
        if (rng.Chance(0.15))
        {
            // The fourth level, （1） （2）, one paragraph each; the clause follows the last.
            body.Append("具体包括：");
            var items = rng.Int(2, 4);
            for (var i = 1; i <= items; i++)
            {
                body = NewPara(ParaKind.Body);
                body.Append($"（{Numbers.Inv(i)}）{Measure(d)}{(i == items ? "。" : "；")}");
            }
        }
        if (rng.Chance(0.12))
        {
            body.Append($"到{Numbers.Inv(plan.Deadline)}年底，");
            Target(body, d, rng.Pick(d.Targets), Numbers.Inv(plan.Deadline));
            body.Append("。");
        }

        if (!rng.Chance(0.88)) return;
        if (form == ClauseForm.ByLeadSentence)
        {
            Clause(body, d, form, heading);
            body.Append("。");
            return;
        }
        var host = rng.Chance(0.15) ? NewPara(ParaKind.Body) : body;
        Clause(host, d, form, heading);
    }

    /// "到2025年，A达到85%以上，B控制在35微克/立方米以下。"
    void TargetSentence(Para p, Domain d, int deadline, int count)
    {
        p.Append(rng.Chance(0.8) ? $"到{Numbers.Inv(deadline)}年，" : $"{Numbers.Inv(deadline)}年底前，");
        var specs = rng.Sample(d.Targets, count);
        for (var i = 0; i < specs.Count; i++)
        {
            if (i > 0) p.Append(rng.Chance(0.7) ? "，" : "；");
            Target(p, d, specs[i], Numbers.Inv(deadline));
        }
        p.Append("。");
        if (rng.Chance(0.3)) p.Append("各项约束性指标全面完成，群众获得感、幸福感明显增强。");
    }

    void Target(Para p, Domain d, TargetSpec spec, string deadline)
    {
        var start = p.Length;
        if (rng.Chance(0.4)) p.Append("全县");
        var value = spec.Min + (spec.Max - spec.Min) * rng.Double();
        var text = Numbers.Value(value, spec.Decimals);
        var pattern = spec.Pattern;
        var m = pattern.IndexOf("{M}", StringComparison.Ordinal);
        var v = pattern.IndexOf("{V}", StringComparison.Ordinal);
        p.Append(pattern[..m]);
        var metric = p.Add(spec.Metric, protect: true);
        p.Append(pattern[(m + 3)..v]);
        var valueSpan = p.Add(text);
        p.Append(spec.Unit + pattern[(v + 3)..]);
        var whole = p.From(start);
        Facts.Targets.Add(new PendingTarget(valueSpan, metric, whole, text, spec.Unit, deadline));
    }

    /// Last period's results: a metric and a number, and no goal.
    void PastResult(Domain d)
    {
        var spec = rng.Pick(d.Targets);
        var value = Numbers.Value(spec.Min + (spec.Max - spec.Min) * rng.Double() * 0.9, spec.Decimals);
        NewPara(ParaKind.Body).Append(rng.Pick(Phrases.PastResults)
            .Replace("{X}", spec.Metric, StringComparison.Ordinal)
            .Replace("{V}", value + spec.Unit, StringComparison.Ordinal)
            .Replace("{Y0}", Numbers.Inv(Year - 1), StringComparison.Ordinal));
    }

    void Schedule(int section)
    {
        Heading($"{Numbers.Chinese(section)}、实施步骤");
        var m = rng.Int(2, 4);
        for (var i = 0; i < Phrases.Periods.Length; i++)
        {
            var from = m + i * 2;
            var to = from + 1;
            if (to > 12) break;
            NewPara(ParaKind.Body).Append($"（{Numbers.Chinese(i + 1)}）{Phrases.Periods[i]}（{Numbers.Inv(Year)}年{Numbers.Inv(from)}月—{Numbers.Inv(to)}月）。各责任单位按照职责分工，细化工作措施，确保按时完成阶段性任务。");
        }
    }

    /// "…设在县发展和改革局（以下简称县发改局）…": the text itself ties the two names.
    void Alias(Para p, Domain d, PlanSpec plan)
    {
        var candidates = d.Leads.Concat(d.Partners).Where(k => k != "生态" && Agencies.ByKey[k].HasShort && !Agencies.ByKey[k].Full.Contains('（')).ToList();
        if (candidates.Count == 0) return;
        var a = Agencies.ByKey[rng.Pick(candidates)];
        var shortName = "县" + rng.Pick(a.Shorts);
        p.Append($"成立由分管副县长任组长的{plan.Subject}工作专班，专班办公室设在");
        var full = p.Add("县" + a.Full, protect: true);
        p.Append("（以下简称");
        p.Add(shortName, protect: true);
        p.Append("），负责统筹协调日常工作。");
        Facts.Aliases.Add(new PendingAlias(full, county.Name + a.Full, ["县" + a.Full, shortName]));
    }
}
