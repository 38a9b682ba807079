using GovGraph.Synthetic.Text;
using GovGraph.Synthetic.Vocabulary;

namespace GovGraph.Synthetic.Compose;

/// Responsibility clauses in every printed form, with the names they list as spans.
internal sealed partial class FileComposer
{
    static readonly (ClauseForm Form, int Weight)[] FormWeights =
    [
        (ClauseForm.LeadCooperate, 14), (ClauseForm.LeadResponsible, 10), (ClauseForm.ResponsibleOnly, 14), (ClauseForm.LeadParticipate, 8),
        (ClauseForm.LeadAssist, 5), (ClauseForm.ResponsibleParticipate, 6), (ClauseForm.LeadOthersByDuty, 9), (ClauseForm.LeadThenCooperate, 12),
        (ClauseForm.ChargeThenCooperate, 6), (ClauseForm.ByLeadSentence, 6), (ClauseForm.HalfWidth, 5), (ClauseForm.ByDutyOnly, 8),
    ];

    static readonly int TotalWeight = FormWeights.Sum(f => f.Weight);

    ClauseForm PickForm()
    {
        var roll = rng.Int(1, TotalWeight);
        foreach (var (form, weight) in FormWeights)
        {
            roll -= weight;
            if (roll <= 0) return form;
        }
        return ClauseForm.LeadCooperate;
    }

    /// A name for an agency as this document writes it: short or full, 县 in front; the city bureau's branch by the county's stem.
    string Surface(string key)
    {
        if (key == "生态")
            return rng.Chance(0.85) ? $"市生态环境局{county.Stem}分局" : $"{county.City}生态环境局{county.Stem}分局";
        var a = Agencies.ByKey[key];
        if (a.AltFulls.Length > 0 && rng.Chance(0.12)) return "县" + rng.Pick(a.AltFulls);
        if (a.HasShort && rng.Chance(style.ShortNames)) return "县" + rng.Pick(a.Shorts);
        return "县" + a.Full;
    }

    /// Units that are not the leads: other agencies, and at the end now and then a collective or a township's government.
    List<(string Name, string? Township)> Others(Domain d, IReadOnlyCollection<string> exclude, int min, int max, bool collectives = true)
    {
        var pool = d.Partners.Concat(d.Leads).Where(k => !exclude.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        var units = rng.Sample(pool, rng.Int(min, max)).Select(k => (Surface(k), (string?)null)).ToList();
        if (collectives && rng.Chance(0.1))
        {
            var town = rng.Pick(county.Townships).Name;
            units.Add((town + "人民政府", town));
        }
        else if (collectives && rng.Chance(0.3)) units.Add((rng.Pick(Agencies.Collectives), null));
        return units;
    }

    List<(string Name, string? Township)> Leads(IReadOnlyList<string> keys) => [.. keys.Select(k => (Surface(k), (string?)null))];

    /// Prints a list of units, each a span of its own; 、 between them, now and then a comma before the last.
    void Units(Para p, List<(string Name, string? Township)> units, List<TextSpan> into, bool commaBeforeLast = true, bool angleNames = false)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (i > 0) p.Append(commaBeforeLast && i == units.Count - 1 && rng.Chance(0.35) ? "，" : "、");
            var name = units[i].Name;
            if (angleNames) name = name.Replace('（', '〈').Replace('）', '〉');
            var span = p.Add(name, protect: true);
            into.Add(span);
            if (units[i].Township is { } town)
                Facts.Townships.Add(new PendingTownship(p.Span(span.Start, span.Start + town.Length, protect: true), town));
        }
    }

    void Clause(Para p, Domain d, ClauseForm form, TextSpan heading)
    {
        var leads = new List<TextSpan>();
        var cooperates = new List<TextSpan>();
        var responsible = new List<TextSpan>();
        var leadKeys = rng.Sample(d.Leads, rng.Chance(0.2) ? 2 : 1);
        var start = p.Length;
        var roleSep = rng.Chance(0.75) ? "；" : "，";
        switch (form)
        {
            case ClauseForm.LeadCooperate:
                Labelled(p, "牵头单位", Leads(leadKeys), leads, roleSep + "配合单位", Others(d, leadKeys, 1, 5), cooperates);
                break;
            case ClauseForm.LeadResponsible:
                Labelled(p, "牵头单位", Leads(leadKeys), leads, roleSep + "责任单位", Others(d, leadKeys, 1, 4), responsible);
                break;
            case ClauseForm.LeadParticipate:
                Labelled(p, "牵头单位", Leads(leadKeys), leads, roleSep + "参与单位", Others(d, leadKeys, 1, 5), cooperates);
                break;
            case ClauseForm.LeadAssist:
                Labelled(p, "牵头单位", Leads(leadKeys), leads, roleSep + rng.Pick(new[] { "协同单位", "协办单位" }), Others(d, leadKeys, 1, 4), cooperates);
                break;
            case ClauseForm.ResponsibleParticipate:
                Labelled(p, "责任单位", Leads(leadKeys), responsible, roleSep + "参与单位", Others(d, leadKeys, 1, 3), cooperates);
                break;
            case ClauseForm.ResponsibleOnly:
            {
                p.Append("（责任单位：");
                var units = Leads(leadKeys);
                units.AddRange(Others(d, leadKeys, 1, 4, collectives: false));
                Units(p, units, responsible);
                if (rng.Chance(0.6))
                {
                    p.Append("，");
                    Units(p, [(rng.Pick(Agencies.Collectives), null)], responsible);
                }
                p.Append("）");
                break;
            }
            case ClauseForm.LeadOthersByDuty:
                p.Append("（");
                Units(p, Leads(leadKeys), leads, commaBeforeLast: false);
                p.Append("牵头，");
                Units(p, Others(d, leadKeys, 1, 4, collectives: false), cooperates);
                p.Append(rng.Pick(new[] { "等部门按职责分工负责）", "等按职责分工负责）", "按职责分工负责）" }));
                break;
            case ClauseForm.LeadThenCooperate:
                p.Append("（");
                Units(p, Leads(leadKeys), leads, commaBeforeLast: false);
                p.Append(leadKeys.Count > 1 && rng.Chance(0.4) ? "按职责分工牵头，" : "牵头，");
                Units(p, Others(d, leadKeys, 1, 4, collectives: false), cooperates);
                p.Append(rng.Chance(0.2) ? "等配合" : "配合");
                if (rng.Chance(0.15))
                {
                    // "…负责落实，以下均需…负责落实，不再列出": the collective cooperates here; the note adds nothing to later tasks.
                    var collective = rng.Pick(Agencies.Collectives);
                    p.Append("，");
                    Units(p, [(collective, null)], cooperates);
                    p.Append($"负责落实，以下均需{collective}负责落实，不再列出");
                }
                p.Append("）");
                break;
            case ClauseForm.ChargeThenCooperate:
                p.Append("（");
                Units(p, Leads(leadKeys), responsible, commaBeforeLast: false);
                p.Append("负责，");
                Units(p, Others(d, leadKeys, 1, 3, collectives: false), cooperates);
                p.Append("配合）");
                break;
            case ClauseForm.ByLeadSentence:
                p.Append("由");
                Units(p, Leads(leadKeys), leads, commaBeforeLast: false);
                p.Append("牵头，");
                Units(p, Others(d, leadKeys, 1, 3, collectives: false), cooperates);
                p.Append("配合");
                break;
            case ClauseForm.HalfWidth:
                p.Append("(牵头单位: ");
                Units(p, Leads(leadKeys), leads, commaBeforeLast: false, angleNames: p.Angle);
                p.Append(", 配合单位: ");
                Units(p, Others(d, leadKeys, 1, 3, collectives: false), cooperates, commaBeforeLast: false, angleNames: p.Angle);
                if (rng.Chance(0.5))
                {
                    p.Append(", 责任单位: ");
                    Units(p, [(rng.Pick(Agencies.Collectives), null)], responsible, commaBeforeLast: false, angleNames: p.Angle);
                }
                p.Append(")");
                break;
            case ClauseForm.ByDutyOnly:
            {
                p.Append("（");
                var units = Leads(leadKeys);
                units.AddRange(Others(d, leadKeys, 1, 3, collectives: false));
                Units(p, units, responsible, commaBeforeLast: false);
                p.Append(rng.Chance(0.5) ? "等按职责分工负责）" : "按职责分工负责）");
                break;
            }
            case ClauseForm.FirstListedLeads:
            {
                p.Append(rng.Chance(0.3) ? "（责任单位：" : "（");
                var units = Leads(leadKeys.Take(1).ToList());
                units.AddRange(Others(d, leadKeys, 1, 4));
                for (var i = 0; i < units.Count; i++)
                {
                    if (i > 0) p.Append(rng.Chance(0.8) ? "、" : "，");
                    Units(p, [units[i]], i == 0 ? leads : cooperates);
                }
                p.Append("）");
                break;
            }
            case ClauseForm.FirstCommaLeads:
                p.Append(rng.Chance(0.3) ? "（责任单位：" : "（");
                Units(p, Leads(leadKeys), leads, commaBeforeLast: false);
                p.Append("，");
                Units(p, Others(d, leadKeys, 1, 4), cooperates, commaBeforeLast: false);
                p.Append("）");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(form), form, "No printed shape for this clause form.");
        }
        var clause = p.From(start);
        Facts.Responsibilities.Add(new PendingResponsibility(clause, heading, leads, cooperates, responsible, form));
    }

    void Labelled(Para p, string firstRole, List<(string, string?)> first, List<TextSpan> firstInto, string secondRole, List<(string, string?)> second, List<TextSpan> secondInto)
    {
        p.Append("（" + firstRole + "：");
        Units(p, first, firstInto, commaBeforeLast: false);
        p.Append(secondRole + "：");
        Units(p, second, secondInto);
        p.Append("）");
    }
}
