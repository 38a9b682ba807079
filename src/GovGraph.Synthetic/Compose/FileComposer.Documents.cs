using GovGraph.Synthetic.Text;
using GovGraph.Synthetic.Vocabulary;

namespace GovGraph.Synthetic.Compose;

/// The kinds of document a county gazette prints.
internal sealed partial class FileComposer
{
    string OfficeCode => county.Code + "政办发";

    string GovCode => county.Code + "政发";

    /// 关于印发《X》的通知 followed by the plan(s) it issues.
    void PublishingNotice()
    {
        var domains = Related(rng.Chance(0.15) ? rng.Int(2, 3) : 1);
        var plans = domains.Select(PlanTitle).ToList();
        if (plans.Select(p => p.Title).Distinct(StringComparer.Ordinal).Count() < plans.Count) plans = [plans[0]];
        var byGovernment = rng.Chance(0.3);
        var issuer = byGovernment ? GovIssuer : OfficeIssuer;
        var code = byGovernment ? GovCode : OfficeCode;
        var bracket = rng.Chance(0.3);
        // Now and then the notice is the plan itself: no 《》 anywhere, the plan follows the recipients.
        var selfContained = plans.Count == 1 && !bracket && rng.Chance(0.1);
        var draft = Begin(byGovernment ? Sections.Government : Sections.Office, issuer, "印发", [.. plans.Select(p => p.Title)], "的", "通知", code, bracket);
        Recipients();

        if (selfContained)
        {
            var head = draft.HeadPlans[0];
            Facts.Publishes.Add(new PendingCitation(head, draft.Key, head, null, Kinds.OfTitle(plans[0].Title)));
            PlanBody(domains[0], plans[0], draft.Key, withTitle: false);
            Signature(issuer, draft.Date);
            return;
        }

        var body = NewPara(ParaKind.Body);
        foreach (var plan in plans)
        {
            body.Append("《");
            var span = body.Add(plan.Title, protect: true);
            body.Append("》");
            Facts.Publishes.Add(new PendingCitation(span, draft.Key, span, null, Kinds.OfTitle(plan.Title)));
        }
        body.Append(rng.Pick(Phrases.NoticeBodies));
        if (rng.Chance(0.15)) Repeal(NewPara(ParaKind.Body), draft.Key, domains[0], inNotice: true);
        Signature(issuer, draft.Date);
        for (var i = 0; i < plans.Count; i++) PlanBody(domains[i], plans[i], draft.Key, withTitle: true);
    }

    /// 县人民政府关于…的实施意见, or a notice that sets out tasks itself.
    bool Opinion()
    {
        var d = rng.Pick(Domains.All);
        var subject = rng.Pick(d.Subjects);
        var asOpinion = rng.Chance(0.6);
        var issuer = asOpinion ? GovIssuer : OfficeIssuer;
        var before = asOpinion ? rng.Pick(OpinionVerbs) + subject : $"做好{Numbers.Inv(Year)}年{subject}工作";
        var code = rng.Chance(0.06) ? null : asOpinion ? GovCode : OfficeCode;
        var draft = Begin(asOpinion ? Sections.Government : Sections.Office, issuer, before, [], "的", asOpinion ? "实施意见" : "通知", code, false);
        Recipients();
        var plan = new PlanSpec(draft.Title, subject, asOpinion ? "实施意见" : "通知", Year + rng.Int(0, 2));
        var intro = NewPara(ParaKind.Body);
        intro.Append("为贯彻落实");
        Citations(intro, d, draft.Key, rng.Int(1, 3));
        // The purpose phrase opens with 为, which this sentence has already said.
        intro.Append("精神，" + Fill(rng.Pick(Phrases.Purposes), d, "", subject)[1..] + (asOpinion ? "，现提出如下实施意见。" : "，现将有关事项通知如下："));
        PlanSections(d, plan, draft.Key);
        Signature(issuer, draft.Date);
        return true;
    }

    /// 关于印发…管理办法的通知, the 办法 in articles, ending with what it repeals.
    bool MeasuresNotice()
    {
        var d = rng.Pick(Domains.All);
        var subject = rng.Pick(d.Objects);
        var title = C + subject + rng.Pick(new[] { "管理办法", "管理办法", "暂行办法", "实施办法", "资金管理办法" });
        var draft = Begin(Sections.Office, OfficeIssuer, "印发", [title], "的", "通知", OfficeCode, rng.Chance(0.3));
        Recipients();
        var body = NewPara(ParaKind.Body);
        body.Append("《");
        var span = body.Add(title, protect: true);
        body.Append("》");
        Facts.Publishes.Add(new PendingCitation(span, draft.Key, span, null, Kinds.OfTitle(title)));
        body.Append(rng.Pick(Phrases.NoticeBodies));
        Signature(OfficeIssuer, draft.Date);

        var heading = NewPara(ParaKind.PlanTitle);
        heading.Append(title);
        heading.Doubled = style.Doubled;
        var article = 1;
        var first = NewPara(ParaKind.Body);
        first.Append($"第{Numbers.Chinese(article++)}条 为了规范{subject}工作，保障有关各方合法权益，根据");
        Citations(first, d, draft.Key, rng.Int(1, 2), lawsOnly: true);
        first.Append("等法律法规，结合本县实际，制定本办法。");
        foreach (var text in rng.Sample(Phrases.ArticleBodies, rng.Int(4, 7)))
            NewPara(ParaKind.Body).Append($"第{Numbers.Chinese(article++)}条 " + text.Replace("{S}", subject, StringComparison.Ordinal));
        if (rng.Chance(0.6))
            NewPara(ParaKind.Body).Append($"第{Numbers.Chinese(article++)}条 本办法由县{Agencies.ByKey[rng.Pick(d.Leads.Where(k => k != "生态").DefaultIfEmpty("司法").ToList())].Full}负责解释。");
        var last = NewPara(ParaKind.Body);
        last.Append($"第{Numbers.Chinese(article)}条 本办法自印发之日起施行");
        if (rng.Chance(0.8)) Repeal(last, draft.Key, d, inNotice: false);
        else last.Append("。");
        return true;
    }

    /// 通告: rules for everyone, often with no 发文字号, naming townships.
    bool Announcement()
    {
        var choice = Unused(Phrases.Announcements.Select(a => a.Subject).ToList());
        if (choice is null) return false;
        var (subject, domainKey, purpose) = Phrases.Announcements.First(a => a.Subject == choice);
        var d = Domains.All.First(x => x.Key == domainKey);
        var joint = rng.Chance(0.2);
        var issuer = joint ? $"{C}公安局、{C}{rng.Pick(new[] { "应急管理局", "林业局", "城市管理局" })}" : GovIssuer;
        var code = joint || rng.Chance(0.5) ? null : county.Code + "政告";
        var draft = Begin(Sections.Government, issuer, subject, [], "的", "通告", code, false);
        var intro = NewPara(ParaKind.Body);
        intro.Append($"为{purpose}，根据");
        Citations(intro, d, draft.Key, rng.Int(1, 2), lawsOnly: true);
        intro.Append("等有关规定，现就有关事项通告如下：");
        var items = rng.Int(3, 5);
        for (var i = 1; i <= items; i++)
        {
            var p = NewPara(ParaKind.Body);
            p.Append(Numbers.Chinese(i) + "、");
            if (i == 1)
            {
                p.Append("本通告适用范围为城区及");
                var towns = rng.Sample(county.Townships, rng.Int(2, 4));
                for (var t = 0; t < towns.Count; t++)
                {
                    if (t > 0) p.Append("、");
                    Township(p, towns[t].Name);
                }
                p.Append("等乡镇行政区域。");
            }
            else p.Append(rng.Pick(AnnouncementItems));
        }
        var end = NewPara(ParaKind.Body);
        end.Append("本通告自发布之日起施行");
        if (rng.Chance(0.3)) Repeal(end, draft.Key, d, inNotice: false, oldKind: "通告", oldSubject: subject);
        else end.Append("。");
        NewPara(ParaKind.Meta).Append("特此通告。");
        Signature(issuer, draft.Date);
        return true;
    }

    static readonly string[] AnnouncementItems =
    [
        "在上述区域内，任何单位和个人不得违反本通告规定，违者由有关部门依法予以处罚。",
        "各乡（镇）人民政府、各村（居）民委员会要做好宣传引导，及时劝阻和报告违法行为。",
        "鼓励社会公众对违反本通告的行为进行举报，经查证属实的，按规定给予奖励。",
        "对拒绝、阻碍执法人员依法执行职务的，由公安机关依法予以处罚。",
        "机关、企事业单位和社会团体应当教育本单位人员遵守本通告。",
    ];

    /// 任免: names and posts; no facts beyond the document itself.
    bool Appointments()
    {
        var names = Enumerable.Range(0, rng.Int(3, 9)).Select(_ => rng.PersonName()).ToList();
        var draft = Begin(Sections.Personnel, GovIssuer, names[0] + "等同志任免职务", [], "的", "通知", county.Code + "政任", false);
        NewPara(ParaKind.Meta).Append("各乡（镇）人民政府，县直各单位：");
        NewPara(ParaKind.Body).Append($"经县人民政府{PrintDate(draft.Date!)}常务会议研究决定：");
        var split = Math.Max(1, names.Count * 2 / 3);
        for (var i = 0; i < split; i++)
        {
            var post = rng.Chance(0.1) ? "负责人" : rng.Pick(Phrases.Positions);
            NewPara(ParaKind.Body).Append($"{names[i]}同志任{rng.Pick(Phrases.UnitsForPositions)}{post}{(rng.Chance(0.3) ? "（试用期一年）" : "")}；");
        }
        NewPara(ParaKind.Body).Append("免去：");
        for (var i = split; i < names.Count; i++)
            NewPara(ParaKind.Body).Append($"{names[i]}同志{rng.Pick(Phrases.UnitsForPositions)}{rng.Pick(Phrases.Positions)}职务{(i == names.Count - 1 ? "。" : "；")}");
        Signature(GovIssuer, draft.Date);
        return true;
    }

    static readonly (string Key, string Code)[] RequestingBodies = [("发改", "发改"), ("住建", "建"), ("交通", "交"), ("工信", "工信"), ("财政", "财"), ("文旅", "文旅"), ("商务", "商")];

    /// 批复 to a bureau's 请示: cites the request, speaks to 你局/你单位.
    bool Reply()
    {
        var choice = Unused(Phrases.ReplySubjects);
        if (choice is null) return false;
        var subject = choice.Replace("{C}", C, StringComparison.Ordinal);
        var draft = Begin(Sections.Government, GovIssuer, subject, [], "的", "批复", county.Code + "政函", false);
        var (key, code) = rng.Pick(RequestingBodies);
        NewPara(ParaKind.Meta).Append($"县{Agencies.ByKey[key].Full}：");
        var p = NewPara(ParaKind.Body);
        p.Append("你局《");
        var requestTitle = "关于" + subject[2..] + "的请示";
        var title = p.Add(requestTitle, protect: true);
        p.Append("》");
        string? number = null;
        if (rng.Chance(0.6))
        {
            var serial = rng.Int(1, 60);
            number = Numbers.DocNumber(county.Code + code + "字", Year, serial);
            p.Append("（" + Numbers.PrintDocNumber(county.Code + code + "字", Year, serial, style.OddBrackets, style.DigitSpaces > 0, rng) + "）");
        }
        Facts.Citations.Add(new PendingCitation(title, draft.Key, title, number, "other"));
        p.Append("收悉。经研究，现批复如下：");
        NewPara(ParaKind.Body).Append("一、原则同意" + subject[2..] + "。");
        NewPara(ParaKind.Body).Append("二、请你局按照有关规定抓紧办理相关手续，严格落实资金监管和安全管理要求。");
        NewPara(ParaKind.Body).Append("三、请你单位加强与县直有关部门的沟通衔接，确保工作依法依规、稳妥有序推进。");
        NewPara(ParaKind.Meta).Append("特此批复。");
        Signature(GovIssuer, draft.Date);
        return true;
    }

    static readonly string[] OpinionVerbs = ["推进", "加快推进", "进一步加强", "全面推进", "深入推进"];

    /// A subject this file has not printed yet, or null when all are used.
    string? Unused(IReadOnlyList<string> subjects)
    {
        var left = subjects.Where(x => !usedSubjects.Contains(x)).ToList();
        if (left.Count == 0) return null;
        var pick = rng.Pick(left);
        usedSubjects.Add(pick);
        return pick;
    }

    /// One domain, or two or three that are printed together (the air, water and soil plans of a year).
    List<Domain> Related(int n)
    {
        var first = rng.Pick(Domains.All);
        if (n == 1) return [first];
        var environmental = Domains.All.Where(d => d.Key is "大气" or "水" or "土壤").ToList();
        return first.Key is "大气" or "水" or "土壤" ? rng.Sample(environmental, n) : [.. rng.Sample(Domains.All, n)];
    }
}
