using GovGraph.Loader.Normalize;

namespace GovGraph.Tests.Normalize;

public class NormalizerTests
{
    static string[] Paragraphs(string raw) => Normalizer.Normalize("t.txt", raw).Text.Split('\n');

    [Fact]
    public void Lines_broken_mid_sentence_are_joined_and_paragraphs_kept()
    {
        var p = Paragraphs("一、总体要求\n\n成立县铁路沿线安全环境治理联席会议，负责督促全县铁路沿线安全环境\n\n管理工作。联席会议下设办公室。\n\n二、工作职责\n");
        Assert.Equal(["一、总体要求", "成立县铁路沿线安全环境治理联席会议，负责督促全县铁路沿线安全环境管理工作。联席会议下设办公室。", "二、工作职责"], p);
    }

    [Fact]
    public void A_numbered_task_cut_short_by_a_page_end_is_joined_but_a_short_numbered_heading_stays()
    {
        var p = Paragraphs("""
            2. 经费保障。由县财政局统筹安排。

            3. 由各乡（镇）人民政

            府牵头，建立多元化的地质灾害防治资金投入保障机制。

            4. 宣传培训

            各乡（镇）要开展宣传。
            """);
        Assert.Equal(["2. 经费保障。由县财政局统筹安排。", "3. 由各乡（镇）人民政府牵头，建立多元化的地质灾害防治资金投入保障机制。", "4. 宣传培训", "各乡（镇）要开展宣传。"], p);
    }

    [Fact]
    public void Narrow_columns_with_a_blank_line_after_every_line_become_paragraphs()
    {
        var lines = new[]
        {
            "为有效控制土地供应总量，合理安排", "土地供应结构，促进土地节约集约利用，", "加强土地市场调控作用，保障我县基础设", "施、民生工程和重点建设项目用地需求。",
            "一、指导思想和基本原则", "贯彻落实科学发展观，依据土地利", "用总体规划，有保有压，优先保证重点建", "设项目和基础设施项目用地，优先供应存",
            "量建设用地。", "二、计划指标",
        };
        var raw = string.Join("\n\n", Enumerable.Repeat(lines, 4).SelectMany(x => x));
        var p = Paragraphs(raw);
        Assert.Equal("为有效控制土地供应总量，合理安排土地供应结构，促进土地节约集约利用，加强土地市场调控作用，保障我县基础设施、民生工程和重点建设项目用地需求。", p[0]);
        Assert.Equal("一、指导思想和基本原则", p[1]);
        Assert.StartsWith("贯彻落实科学发展观，依据土地利用总体规划", p[2], StringComparison.Ordinal);
        Assert.Equal("二、计划指标", p[3]);
    }

    [Fact]
    public void Doubled_bold_headings_are_repaired()
    {
        Assert.Equal("平顺县“十四五”生态环境保护规划（2021-2025）",
            LineRepair.Repair("平顺县平顺县““十四五十四五””生态环境保护规划生态环境保护规划（（20212021--20252025））"));
        Assert.Equal("（简版）", LineRepair.Repair("（（简版简版））"));
    }

    [Fact]
    public void Ordinary_lines_are_not_taken_for_doubled_headings()
    {
        Assert.Equal("县发展和改革局", LineRepair.Repair("县发展和改革局"));
        Assert.Equal("常常检查", LineRepair.Repair("常常检查"));
    }

    [Theory]
    [InlineData("交政发〔2022〕2 号", "交政发〔2022〕2号")]
    [InlineData("通 知", "通知")]
    [InlineData("(牵头单位: 县能源局, 配合单位: 县直相关单位)", "（牵头单位：县能源局，配合单位：县直相关单位）")]
    [InlineData("各乡〈镇〉人民政府", "各乡（镇）人民政府")]
    [InlineData("2023 年第 1 期", "2023年第1期")]
    [InlineData("晋政办发[2017]133号", "晋政办发〔2017〕133号")]
    public void Punctuation_and_spaces_are_unified(string printed, string repaired) => Assert.Equal(repaired, LineRepair.Repair(printed));

    [Fact]
    public void Page_numbers_running_heads_and_the_table_of_contents_are_dropped()
    {
        var raw = "五台县人民政府公报\n\n目 录\n\n【 县政府办文件 】\n\n- 1、五台县人民政府办公室关于印发甲方案的通知 五政办发〔2023〕3 号... (1)\n" +
                  "- 2、五台县人民政府办公室关于印发乙方案\n的通知\n五政办发〔2023〕6号(14)\n\n五台县人民政府办公室关于印发甲方案的通知\n\n五政办发〔2023〕3号\n\n" +
                  "各乡（镇）人民政府：\n\n现将方案印发给你们。\n\n— 2 —\n\n五台县人民政府公报\n\n请认真执行。\n";
        var p = Paragraphs(raw);
        Assert.DoesNotContain(p, x => x.Contains("(14)") || x.Contains("（14）") || x.Contains("— 2 —") || x.Contains("目录"));
        Assert.Contains("五台县人民政府办公室关于印发甲方案的通知", p);
        Assert.Single(p, x => x.Contains("关于印发甲方案的通知", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_character_maps_back_to_its_original_line()
    {
        var raw = "标题行\n\n第一段开头被\n\n截断的文字。\n第二段。\n";
        var n = Normalizer.Normalize("t.txt", raw);
        Assert.Equal(3, n.LineAt(n.Text.IndexOf("第一段", StringComparison.Ordinal)));
        Assert.Equal(5, n.LineAt(n.Text.IndexOf("截断", StringComparison.Ordinal)));
        Assert.Equal(6, n.LineAt(n.Text.IndexOf("第二段", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_paragraph_of_the_real_corpus_starts_on_a_line_that_holds_its_first_words()
    {
        foreach (var file in Corpus.Files)
        {
            var raw = File.ReadAllText(file);
            var lines = raw.Split('\n');
            var n = Normalizer.Normalize(Path.GetFileName(file), raw);
            var offset = 0;
            foreach (var p in n.Text.Split('\n'))
            {
                var line = lines[n.LineAt(offset) - 1];
                var head = p[..Math.Min(2, p.Length)];
                Assert.True(LineRepair.Repair(line).Contains(head, StringComparison.Ordinal), $"{Path.GetFileName(file)}: '{p}' mapped to line '{line}'");
                offset += p.Length + 1;
            }
        }
    }
}
