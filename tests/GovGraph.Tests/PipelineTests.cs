using GovGraph.Loader;

namespace GovGraph.Tests;

public class PipelineTests
{
    static FileGraph Load(string name) => new Pipeline().Load(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    [Theory]
    [InlineData("notice.pdf")]
    [InlineData("notice.docx")]
    public void A_pdf_or_docx_notice_becomes_its_documents_plan_and_responsibilities(string name)
    {
        var graph = Load(name);
        var nodes = graph.Nodes.ToDictionary(n => n.Id);
        var notice = graph.Nodes.Single(n => n.Label == Labels.Law && n.Str(Props.DocNumber) == "五政办发〔2023〕13号");
        Assert.Equal("五台县人民政府办公室", notice.Str(Props.Issuer));
        Assert.Equal("2023-04-03", notice.Str(Props.Date));
        var published = graph.Edges.Single(e => e.Type == EdgeTypes.Publishes && e.From == notice.Id);
        Assert.Equal("五台县2023年度地质灾害防治方案", nodes[published.To].Str(Props.Title));
        var lead = graph.Edges.Single(e => e.Type == EdgeTypes.Leads);
        Assert.Equal("五台县自然资源局", nodes[lead.From].Name);
        Assert.Equal("县自然资源局", lead.Str(Props.Surface));
        Assert.Equal(["五台县应急管理局", "五台县水利局"],
            graph.Edges.Where(e => e.Type == EdgeTypes.Cooperates).Select(e => nodes[e.From].Name).Order(StringComparer.Ordinal));
        Assert.Equal(name, lead.Source!.File);
    }

    [Fact]
    public void Agencies_of_different_counties_are_never_merged()
    {
        var raw = new Loader.Read.RawText("two.txt", """
            甲县人民政府办公室关于印发甲县方案的通知
            甲政办发〔2023〕1号
            各乡（镇）人民政府：
            一、任务
            （一）推进改革。（牵头单位：县发改局）
            甲县人民政府办公室
            2023年1月1日
            乙县人民政府办公室关于印发乙县方案的通知
            乙政办发〔2023〕1号
            各乡（镇）人民政府：
            一、任务
            （一）推进改革。（牵头单位：县发改局）
            乙县人民政府办公室
            2023年1月2日
            """, "h");
        var graph = new Pipeline().FromText(raw);
        var agencies = graph.Nodes.Where(n => n.Label == Labels.Agency && n.Name.EndsWith("发展和改革局", StringComparison.Ordinal)).Select(n => n.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["乙县发展和改革局", "甲县发展和改革局"], agencies);
    }

    [Fact]
    public void A_county_is_in_its_city_even_when_the_city_was_named_first()
    {
        var raw = new Loader.Read.RawText("two.txt", """
            忻州市人民政府办公室关于印发忻州市方案的通知
            忻政办发〔2023〕1号
            各县（市、区）人民政府：
            一、任务
            （一）推进改革。（牵头单位：市发改委）
            忻州市人民政府办公室
            2023年1月1日
            五台县人民政府办公室关于印发五台县方案的通知
            五政办发〔2023〕1号
            各乡（镇）人民政府：
            一、任务
            （一）推进改革。（牵头单位：县发改局）
            五台县人民政府办公室
            2023年1月2日
            """, "h");
        var graph = new Pipeline().FromText(raw);
        var regions = graph.Nodes.Where(n => n.Label == Labels.Region).ToDictionary(n => n.Name, n => n.Id);
        var within = graph.Edges.Where(e => e.Type == EdgeTypes.In).Select(e => (e.From, e.To)).ToHashSet();
        Assert.Contains((regions["五台县"], regions["忻州市"]), within);
        Assert.Contains((regions["忻州市"], regions["山西省"]), within);
    }
}
