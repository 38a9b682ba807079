namespace GovGraph.Synthetic.Vocabulary;

/// Phrases that documents of every field share. Slots: {O} task object, {M} a measure, {Y} a year, {T} a township,
/// {C} the county, {S} the plan's subject.
internal static class Phrases
{
    public static readonly string[] HeadingVerbs = ["推进", "深化", "强化", "加快", "完善", "健全", "实施", "开展", "提升", "加强", "抓好", "做好", "规范", "推动", "夯实", "统筹"];

    public static readonly string[] TaskSentences =
    [
        "{M}，{M2}。",
        "围绕{O}，{M}，{M2}，确保各项措施落地见效。",
        "{Y}年底前，{M}。",
        "聚焦{O}中的突出问题，{M}，形成一批可复制可推广的经验做法。",
        "建立{O}工作台账，实行清单化管理、销号式推进，{M}。",
        "对{O}中发现的问题，实行限期整改，逐项对账销号。",
        "{M}。同时，{M2}，做到应改尽改、应治尽治。",
        "坚持分类施策、精准发力，{M}。",
        "按照“谁主管、谁负责”的原则，{M}，{M2}。",
        "将{O}纳入年度目标责任考核，{M}。",
        "充分发挥乡镇和村级组织作用，{M}。",
        "加大财政资金统筹力度，{M}，{M2}。",
    ];

    /// Sentences that name townships: a task run as a pilot in some of them.
    public static readonly string[] TownshipSentences =
    [
        "选择{T}、{T2}开展{O}试点，{M}。",
        "在{T}率先开展{O}，年内向{T2}等乡镇推广。",
        "重点抓好{T}、{T2}等乡镇的{O}，{M}。",
    ];

    public static readonly string[] Purposes =
    [
        "为深入贯彻落实上级决策部署，切实做好{S}各项工作",
        "为进一步推动{S}工作走深走实，促进全县经济社会高质量发展",
        "为加快推进{S}，持续改善群众生产生活条件",
        "为扎实推进{S}，巩固拓展已有工作成果",
        "为全面提升{S}工作水平，切实解决群众急难愁盼问题",
    ];

    public static readonly string[] GuidingIdeas =
    [
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整、准确、全面贯彻新发展理念",
        "坚持以人民为中心的发展思想，坚持稳中求进工作总基调，统筹发展和安全",
        "认真落实省委、省政府和市委、市政府决策部署，按照县委、县政府工作要求",
        "坚持目标导向、问题导向和结果导向，以改革创新为动力，以项目建设为抓手",
    ];

    public static readonly string[] Principles =
    [
        "坚持政府主导、部门联动", "坚持统筹兼顾、突出重点", "坚持因地制宜、分类施策", "坚持依法依规、规范有序", "坚持群众自愿、注重实效",
        "坚持问题导向、精准施策", "坚持系统治理、源头防控",
    ];

    public static readonly string[] PrincipleBodies =
    [
        "各有关部门要按照职责分工，加强协作配合，形成工作合力。",
        "立足县情实际，区分轻重缓急，集中力量解决突出问题。",
        "严格执行法律法规和政策规定，确保各项工作规范有序开展。",
        "充分尊重群众意愿，把群众满意作为衡量工作成效的标准。",
    ];

    public static readonly string[] SafeguardHeadings = ["加强组织领导", "强化资金保障", "严格督导考核", "加强宣传引导", "强化协调联动", "严格责任追究", "强化要素保障"];

    public static readonly string[] SafeguardBodies =
    [
        "各乡（镇）、各有关部门要把此项工作摆上重要议事日程，主要负责人亲自抓、分管负责人具体抓，确保各项任务落到实处。",
        "县财政要统筹安排工作经费，加强资金监管，提高资金使用效益，严禁截留、挤占、挪用。",
        "县政府督查室要加强跟踪督办，对工作推进不力、进度滞后的，依规依纪严肃问责。",
        "要充分利用广播电视、政务新媒体等渠道，广泛宣传政策措施和典型经验，营造全社会共同参与的良好氛围。",
        "各责任单位要于每月25日前将工作进展情况报送县领导小组办公室，重大事项及时报告。",
        "对工作中涌现出的先进集体和个人予以通报表扬，对履职不力的部门和个人进行约谈。",
    ];

    /// Words that look like facts but are not: a person in charge, who interprets, addressees, certificates that lapse.
    public static readonly string[] Distractors =
    [
        "各乡（镇）人民政府主要负责人为本辖区工作第一责任人，分管负责人为直接责任人。",
        "各责任单位要明确一名分管负责人和一名联络员，负责日常联络工作。",
        "许可证有效期届满未申请延续的，由原发证机关依法注销，其证书自行失效。",
        "经营者名单实行动态管理，有效期为三年。",
        "项目负责人变更的，应当在10个工作日内报项目主管部门备案。",
    ];

    public static readonly string[] NoticeBodies =
    [
        "已经县人民政府同意，现印发给你们，请认真贯彻落实。",
        "已经县政府同意，现印发给你们，请结合实际，认真组织实施。",
        "已经县人民政府研究同意，现予印发，请遵照执行。",
        "已经县政府常务会议研究通过，现印发给你们，请认真贯彻执行。",
    ];

    public static readonly string[] Recipients =
    [
        "各乡（镇）人民政府，县直各有关单位：",
        "各乡（镇）人民政府，县直各委、办、局：",
        "各乡、镇人民政府，县直各有关单位：",
        "各乡（镇）人民政府，{C}经济开发区管委会，县直各有关单位：",
        "各乡（镇）人民政府，县直各局、办：",
    ];

    public static readonly string[] AnnouncementSubjects =
    [
        "禁止燃放烟花爆竹", "划定高污染燃料禁燃区", "实施森林防火期野外用火管控", "调整部分路段车辆通行管理", "增加县本级行政执法主体",
        "开展第五次全国经济普查入户登记", "加强冬春季节秸秆禁烧", "公布县级非物质文化遗产代表性项目名录",
    ];

    public static readonly string[] ReplySubjects =
    [
        "同意成立{C}国有资本运营有限公司", "同意{C}城区集中供热价格调整方案", "同意实施{C}产业园区道路改造工程", "同意设立{C}便民服务中心",
        "同意{C}城区公交线路优化调整方案",
    ];

    public static readonly string[] Positions = ["局长", "副局长", "主任", "副主任", "党组书记", "队长", "副队长", "站长", "校长", "总编"];

    public static readonly string[] UnitsForPositions =
    [
        "县公安局", "县审计局", "县统计局", "县融媒体中心", "县招商投资促进中心", "县文物保护中心", "县综合检验检测中心", "县经济信息中心", "县疾病预防控制中心",
        "县医疗保障服务中心", "县不动产登记中心", "县农业技术推广中心", "县林业工作站", "县第一中学", "县机关事务服务中心",
    ];

    public static readonly string[] MeasureRuleIntros =
    [
        "第一条 为了规范{S}工作，保障有关各方合法权益，根据{L}等法律法规，结合本县实际，制定本办法。",
    ];

    public static readonly string[] ArticleBodies =
    [
        "本办法适用于本县行政区域内{S}的组织实施和监督管理。",
        "县人民政府统一领导全县{S}工作，县直有关部门按照各自职责做好相关工作。",
        "申请人应当如实提交申请材料，并对材料的真实性负责。",
        "主管部门应当自受理之日起20个工作日内作出决定；不予批准的，应当书面说明理由。",
        "资金实行专账核算、专款专用，任何单位和个人不得截留、挤占、挪用。",
        "主管部门应当建立健全监督检查制度，定期对执行情况进行检查。",
        "违反本办法规定的，由有关部门依法依规予以处理；构成犯罪的，依法追究刑事责任。",
        "工作人员在监督管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。",
    ];

    public static readonly string[] Periods = ["动员部署阶段", "组织实施阶段", "巩固提升阶段", "总结验收阶段"];

    /// Results of the last period: numbers with no goal in them.
    public static readonly string[] PastResults =
    [
        "“十三五”期间，全县{X}达到{V}，各项约束性指标全面完成。",
        "{Y0}年，全县{X}为{V}，较上年有所提升。",
    ];
}
