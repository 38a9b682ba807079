using GovGraph.Loader.Normalize;
using GovGraph.Loader.Segment;

namespace GovGraph.Tests.Segment;

public class SegmenterTests
{
    static SegmentedText Split(string raw) => Segmenter.Split(Normalizer.Normalize("t.txt", raw));

    const string Gazette = """
        某县人民政府公报

        目 录

        某县人民政府办公室关于印发某县2023年农业生产托管服务试点项目实施方案的通知 某政办发〔2023〕11号 (32)
        某县人民政府关于推进气象高质量发展的实施意见
        某政发〔2023〕15号 (1)

        某县人民政府办公室
        关于印发某县2023年农业生产托管服务

        试点项目实施方案的通知

        某政办发［2023］11 号

        各乡（镇）人民政府，县直各有关单位：

        《某县2023年农业生产托管服务试点项目实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。

        某县人民政府办公室

        2023年3月17日

        （此件公开发布）

        某县2023年农业生产托管服务试点项目实施方案

        一、工作目标

        到2023年底，全县农业生产托管服务面积达到10万亩以上。

        二、重点任务

        （一）培育服务主体。支持合作社开展托管服务。（牵头单位：县农业农村局；配合单位：县财政局）

        某县人民政府关于推进气象高质量发展的实施意见

        某政发〔2023〕15号

        各乡（镇）人民政府，县直各有关单位：

        为贯彻落实《国务院关于印发气象高质量发展纲要（2022—2035年）的通知》（国发〔2022〕11号），提出如下意见。

        某县人民政府

        二〇二三年九月六日

        某县人民政府封山禁火令

        为切实加强森林草原防火工作，保护森林资源和人民生命财产安全，决定自即日起全县实行封山禁火。

        某县人民政府

        2023年2月1日
        """;

    [Fact]
    public void A_gazette_splits_into_its_documents_but_not_its_table_of_contents()
    {
        var docs = Split(Gazette).Documents;
        Assert.Equal(3, docs.Count);
        Assert.Equal("某县人民政府办公室关于印发某县2023年农业生产托管服务试点项目实施方案的通知", docs[0].Title);
        Assert.Equal("某政办发〔2023〕11号", docs[0].DocNumber);
        Assert.Equal("某县人民政府办公室", docs[0].Issuer);
        Assert.Equal("2023-03-17", docs[0].Date);
        Assert.Equal("各乡（镇）人民政府，县直各有关单位", docs[0].Recipients);
        Assert.Equal("此件公开发布", docs[0].Publicity);
        Assert.Equal("某政发〔2023〕15号", docs[1].DocNumber);
        Assert.Equal("2023-09-06", docs[1].Date);
    }

    [Fact]
    public void A_decree_without_a_number_or_about_is_a_document()
    {
        var decree = Split(Gazette).Documents[2];
        Assert.Equal("某县人民政府封山禁火令", decree.Title);
        Assert.Null(decree.DocNumber);
        Assert.Equal("某县人民政府", decree.Issuer);
        Assert.Equal("2023-02-01", decree.Date);
    }

    [Fact]
    public void A_notice_publishes_the_plan_printed_after_it()
    {
        var s = Split(Gazette);
        var plan = Assert.Single(s.Documents[0].Plans);
        Assert.Equal("某县2023年农业生产托管服务试点项目实施方案", plan.Title);
        Assert.Equal("某县2023年农业生产托管服务试点项目实施方案", s.Paragraphs[plan.StartIndex].Text);
        Assert.True(plan.EndIndex <= s.Documents[1].HeadIndex);
    }

    [Fact]
    public void A_reply_whose_full_text_precedes_the_signature_keeps_its_date()
    {
        var s = Split("""
            某县人民政府关于同意某镇调整村级区划的批复

            某政函〔2022〕6号

            某镇人民政府：

            你镇《关于调整村级区划的请示》收悉。经研究，同意你镇调整方案。

            某县人民政府

            2022年5月9日
            """);
        var reply = Assert.Single(s.Documents);
        Assert.Equal("某政函〔2022〕6号", reply.DocNumber);
        Assert.Equal("2022-05-09", reply.Date);
        Assert.Equal("某镇人民政府", reply.Recipients);
    }

    [Theory]
    [InlineData("2023年2月2日", "2023-02-02")]
    [InlineData("二〇二三年十二月三十一日", "2023-12-31")]
    [InlineData("二○二二年四月十四日", "2022-04-14")]
    public void Dates_as_printed_become_iso(string printed, string iso) => Assert.Equal(iso, Dates.Iso(printed));

    [Theory]
    [InlineData("五政办发〔2023〕3 号", "五政办发〔2023〕3号")]
    [InlineData("国土资发[2010]117号", "国土资发〔2010〕117号")]
    [InlineData("长土防办（2020）3号", "长土防办〔2020〕3号")]
    [InlineData("国务院令第394号", "国务院令第394号")]
    public void Document_numbers_are_normalized(string printed, string normalized) =>
        Assert.Equal(normalized, DocNumbers.Normalize(Normalizer.Normalize("t", printed).Text));
}
