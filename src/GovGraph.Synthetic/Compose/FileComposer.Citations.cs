using GovGraph.Synthetic.Text;
using GovGraph.Synthetic.Vocabulary;

namespace GovGraph.Synthetic.Compose;

/// A document or law a text refers to. <paramref name="Code"/>, <paramref name="Year"/> and <paramref name="Serial"/> make its
/// 发文字号 when it has one; <paramref name="Decree"/> is a 国务院令 number; <paramref name="Standard"/> a standard's code.
internal sealed record CitationDraft(string Title, string? Code, int Year, int Serial, int? Decree, string? Standard, string? Abbreviation);

/// Citations of national, provincial and city documents, laws and standards; and statements that repeal older documents.
internal sealed partial class FileComposer
{
    static readonly string[] CitedPlanKinds = ["实施方案", "行动计划", "工作方案"];
    static readonly string[] NoticeVerbs = ["进一步做好", "切实加强", "做好", "深入开展"];

    /// Appends n citations joined as documents print them: 《A》（…）、《B》和《C》.
    void Citations(Para p, Domain d, string citingDoc, int n, bool lawsOnly = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new List<CitationDraft>();
        for (var tries = 0; drafts.Count < n && tries < 10; tries++)
        {
            var c = lawsOnly ? LawDraft(d) : Draft(d);
            if (seen.Add(c.Title)) drafts.Add(c);
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            if (i > 0) p.Append(i == drafts.Count - 1 && rng.Chance(0.3) ? "和" : rng.Chance(0.5) ? "、" : "");
            Cite(p, drafts[i], citingDoc);
        }
    }

    void Cite(Para p, CitationDraft c, string citingDoc)
    {
        p.Append("《");
        var title = p.Add(c.Title, protect: true);
        p.Append("》");
        string? number = null;
        if (c.Code is not null)
        {
            number = Numbers.DocNumber(c.Code, c.Year, c.Serial);
            p.Append("（" + Numbers.PrintDocNumber(c.Code, c.Year, c.Serial, style.OddBrackets, style.DigitSpaces > 0, rng));
            if (c.Abbreviation is not null)
            {
                p.Append($"，以下简称《{c.Abbreviation}》");
                abbreviation = c.Abbreviation;
            }
            p.Append("）");
        }
        else if (c.Decree is { } decree)
        {
            number = $"国务院令第{Numbers.Inv(decree)}号";
            p.Append("（" + number + "）");
        }
        else if (c.Standard is not null) p.Append("（" + (rng.Chance(0.4) ? c.Standard.Replace('—', '-') : c.Standard) + "）");
        // A standard's title does not always say so (…编码规则, …等级划分); its code does.
        Facts.Citations.Add(new PendingCitation(title, citingDoc, title, number, c.Standard is not null ? "standard" : Kinds.OfTitle(c.Title)));
    }

    int CitedYear() => Year - rng.Int(0, 3);

    CitationDraft Numbered(string title, string code) => new(title, code, CitedYear(), rng.Int(1, 150), null, null, null);

    CitationDraft Unnumbered(string title) => new(title, null, 0, 0, null, null, null);

    CitationDraft Draft(Domain d)
    {
        var s = rng.Pick(d.Subjects);
        var province = county.Province;
        var city = county.City;
        var roll = rng.Int(0, 99);
        switch (roll)
        {
            case < 12:
                return Numbered($"国务院关于印发{s}{rng.Pick(new[] { "行动计划", "实施方案" })}的通知", "国发");
            case < 22:
                return Numbered($"国务院办公厅关于{rng.Pick(OpinionVerbs)}{s}的意见", "国办发");
            case < 30:
                var ministry = rng.Pick(d.Ministries);
                return Numbered($"{ministry.Name}关于{rng.Pick(NoticeVerbs)}{rng.Pick(d.Objects)}工作的通知", ministry.Code);
            case < 48:
                return LawDraft(d);
            case < 55 when d.Standards.Length > 0:
                var standard = rng.Pick(d.Standards);
                return new CitationDraft(standard.Title, null, 0, 0, null, standard.Code, null);
            case < 66:
            {
                var draft = Numbered($"{province}人民政府关于{rng.Pick(OpinionVerbs)}{s}的实施意见", county.ProvinceCode + "政发");
                return rng.Chance(0.2) ? draft with { Abbreviation = "实施意见" } : draft;
            }
            case < 76:
                return Numbered($"{province}人民政府办公厅关于印发{province}{s}{rng.Pick(CitedPlanKinds)}的通知", county.ProvinceCode + "政办发");
            case < 88:
                return Numbered($"{city}人民政府办公室关于印发{city}{s}{rng.Pick(CitedPlanKinds)}的通知", county.CityCode + "政办发");
            case < 93:
                return Unnumbered($"{city}{s}{rng.Pick(CitedPlanKinds)}");
            default:
            {
                // A notice whose title holds the plan's title in 〈〉.
                var inner = $"关于印发〈{city}{s}{rng.Pick(CitedPlanKinds)}〉的通知";
                return rng.Chance(0.5) ? Numbered(inner, county.CityCode + "政办发") : Unnumbered(inner);
            }
        }
    }

    CitationDraft LawDraft(Domain d)
    {
        var roll = rng.Int(0, 99);
        if (roll < 50) return Unnumbered(rng.Pick(d.Laws));
        var regulation = rng.Pick(d.Regulations);
        if (roll < 78)
            return new CitationDraft(regulation, null, 0, 0, regulation == "地质灾害防治条例" ? 394 : rng.Int(200, 780), null, null);
        var law = rng.Pick(d.Laws);
        return Unnumbered(law.StartsWith("中华人民共和国", StringComparison.Ordinal) && law.EndsWith('法')
            ? county.Province + law["中华人民共和国".Length..^1] + "法实施办法"
            : county.Province + regulation);
    }

    /// A statement that this document repeals an older one, with or without its 发文字号, and the citation of that older one.
    void Repeal(Para p, string newDoc, Domain d, bool inNotice, string oldKind = "", string oldSubject = "")
    {
        var oldYear = Year - rng.Int(2, 8);
        var subject = oldSubject.Length > 0 ? oldSubject : rng.Pick(d.Subjects);
        var oldTitle = oldKind == "通告"
            ? $"{C}人民政府关于{subject}的通告"
            : C + subject.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal) + rng.Pick(new[] { "管理办法", "实施方案", "暂行办法", "实施细则" });
        var code = rng.Chance(0.5) ? OfficeCode : GovCode;
        var serial = rng.Int(1, 120);
        var number = Numbers.DocNumber(code, oldYear, serial);
        var printed = Numbers.PrintDocNumber(code, oldYear, serial, style.OddBrackets, style.DigitSpaces > 0, rng);
        var shape = rng.Int(0, 4);
        TextSpan? title = null;
        TextSpan? numberSpan = null;

        if (!inNotice) p.Append(shape == 1 ? "。" : "，");
        switch (shape)
        {
            case 0:
                p.Append(inNotice ? "" : "原");
                p.Append("《");
                title = p.Add(oldTitle, protect: true);
                p.Append("》（");
                numberSpan = p.Add(printed);
                p.Append("）同时废止。");
                break;
            case 1:
                p.Append($"{Numbers.Inv(oldYear)}年{Numbers.Inv(rng.Int(1, 12))}月{Numbers.Inv(rng.Int(1, 28))}日印发的《");
                title = p.Add(oldTitle, protect: true);
                p.Append("》");
                numberSpan = p.Add(printed);
                p.Append("同时废止。");
                break;
            case 2:
                p.Append("原《");
                title = p.Add(oldTitle, protect: true);
                p.Append("》不再执行。");
                number = null;
                break;
            case 3:
                p.Append("《");
                title = p.Add(oldTitle, protect: true);
                p.Append("》（");
                numberSpan = p.Add(printed);
                p.Append("）同时失效。");
                break;
            default:
                numberSpan = p.Add(printed);
                p.Append("文件同时废止。");
                break;
        }
        var anchor = numberSpan ?? title!;
        Facts.Supersedes.Add(new PendingSupersedes(anchor, newDoc, title, number));
        Facts.Citations.Add(new PendingCitation(title ?? numberSpan!, newDoc, title, number, title is null ? "other" : Kinds.OfTitle(oldTitle)));
    }
}
