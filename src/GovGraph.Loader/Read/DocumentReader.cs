using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovGraph.Loader.Read;

/// The text of one input file as it is given, before any repair. Lines are counted in this text.
public sealed record RawText(string File, string Text, string ContentHash);

/// First stage of the pipeline: turns a .txt, .pdf or .docx file into text.
public static class DocumentReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".pdf", ".docx" };

    /// A single line this long means the file is not a text document (or lost its line breaks).
    public const int MaxLineLength = 1_000_000;

    public static RawText Read(string path)
    {
        var name = Path.GetFileName(path);
        var ext = Path.GetExtension(path);
        if (!Extensions.Contains(ext))
            throw new LoadException(name, $"unsupported file type '{ext}' (GovGraph reads .txt, .pdf and .docx)");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { throw new LoadException(name, "cannot be read: " + e.Message, e); }
        catch (UnauthorizedAccessException e) { throw new LoadException(name, "cannot be read: " + e.Message, e); }
        if (bytes.Length == 0) throw new LoadException(name, "the file is empty");

        var text = ext.ToLowerInvariant() switch
        {
            ".pdf" => ReadPdf(name, bytes),
            ".docx" => ReadDocx(name, bytes),
            _ => TextDecoding.Decode(name, bytes),
        };
        text = CjkRepair.Apply(text);
        if (string.IsNullOrWhiteSpace(text)) throw new LoadException(name, "the file holds no text");
        CheckLines(name, text);
        return new RawText(name, text, Ids.Hash(Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes))));
    }

    static void CheckLines(string name, string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end - start > MaxLineLength)
                throw new LoadException(name, $"a line of {end - start:N0} characters: not a document with line breaks");
            start = end + 1;
        }
    }

    static string ReadPdf(string name, byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = new StringBuilder();
            var letters = 0;
            foreach (var page in pdf.GetPages())
            {
                letters += page.Letters.Count;
                pages.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
            }
            if (letters == 0 || string.IsNullOrWhiteSpace(pages.ToString()))
                throw new LoadException(name, $"the PDF has no text layer ({pdf.NumberOfPages} page(s), probably scanned images); run OCR first");
            return pages.ToString();
        }
        catch (LoadException) { throw; }
        catch (PdfDocumentEncryptedException e) { throw new LoadException(name, "the PDF is encrypted", e); }
        catch (Exception e) { throw new LoadException(name, "not a readable PDF (truncated or damaged): " + e.Message, e); }
    }

    static string ReadDocx(string name, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new LoadException(name, "the .docx has no document body");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<W.Paragraph>())
                text.Append(string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text))).Append('\n');
            return text.ToString();
        }
        catch (LoadException) { throw; }
        catch (Exception e) { throw new LoadException(name, "not a readable .docx: " + e.Message, e); }
    }
}
