using System.Text;
using GovGraph.Loader;
using GovGraph.Loader.Read;

namespace GovGraph.Tests.Read;

public sealed class DocumentReaderTests : IDisposable
{
    const string Notice = "五台县人民政府办公室关于印发方案的通知\n五政办发〔2023〕13号\n各乡（镇）人民政府：\n";
    readonly string _dir = Directory.CreateTempSubdirectory("govgraph-read-").FullName;

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Utf8_with_and_without_bom_utf16_and_gb18030_read_the_same()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = DocumentReader.Read(Write("a.txt", Encoding.UTF8.GetBytes(Notice))).Text;
        Assert.Equal(Notice, utf8);
        Assert.Equal(Notice, DocumentReader.Read(Write("b.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Notice)])).Text);
        Assert.Equal(Notice, DocumentReader.Read(Write("c.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Notice)])).Text);
        Assert.Equal(Notice, DocumentReader.Read(Write("d.txt", Encoding.GetEncoding("GB18030").GetBytes(Notice))).Text);
    }

    [Fact]
    public void Windows_line_endings_keep_line_numbers()
    {
        var raw = DocumentReader.Read(Write("crlf.txt", Encoding.UTF8.GetBytes(Notice.Replace("\n", "\r\n", StringComparison.Ordinal))));
        Assert.Equal(Notice, raw.Text);
    }

    [Fact]
    public void Radical_code_points_from_pdf_fonts_become_ideographs()
    {
        Assert.Equal("五台县人民政府办公室方案", CjkRepair.Apply("五台县\u2F08\u2EA0政府办公室\u2F45案"));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01 }, "binary")]
    [InlineData("notes.rtf", new byte[] { 0x41 }, "unsupported file type")]
    [InlineData("truncated.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x31 }, "PDF")]
    [InlineData("broken.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, ".docx")]
    public void Bad_input_gives_one_error_naming_the_file_and_the_reason(string name, byte[] bytes, string reason)
    {
        var e = Assert.Throws<LoadException>(() => DocumentReader.Read(Write(name, bytes)));
        Assert.Equal(name, e.File);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(name + ":", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_that_is_not_chinese_either_is_refused()
    {
        var e = Assert.Throws<LoadException>(() => DocumentReader.Read(Write("bad.txt", [0x41, 0x42, 0xC3, 0x28, 0x43, 0xFF, 0xFE, 0x41, 0x41, 0x41])));
        Assert.Contains("invalid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_file_without_line_breaks_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('政', DocumentReader.MaxLineLength + 10));
        var e = Assert.Throws<LoadException>(() => DocumentReader.Read(Write("oneline.txt", bytes)));
        Assert.Contains("not a document with line breaks", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Committed_pdf_and_docx_fixtures_read_as_chinese_text()
    {
        var pdf = DocumentReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "notice.pdf"));
        Assert.Contains("人民政府", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("五政办发〔2023〕13号", pdf.Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var docx = DocumentReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "notice.docx"));
        Assert.Contains("牵头单位", docx.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_reported_as_scanned()
    {
        var e = Assert.Throws<LoadException>(() => DocumentReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "scan.pdf")));
        Assert.Contains("no text layer", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
