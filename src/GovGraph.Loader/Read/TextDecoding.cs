using System.Text;

namespace GovGraph.Loader.Read;

/// Decodes text files: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which covers GBK and GB2312).
public static class TextDecoding
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(string name, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(name, bytes.AsSpan(3));
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (LooksBinary(bytes)) throw new LoadException(name, "a binary file, not text");
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { }
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = gb.GetString(bytes);
            if (CjkShare(text) < 0.2)
                throw new LoadException(name, "invalid UTF-8, and not Chinese text in GB18030/GBK either");
            return text;
        }
        catch (DecoderFallbackException e) { throw new LoadException(name, "invalid UTF-8, and not GB18030/GBK either", e); }
    }

    static string Utf8(string name, ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e) { throw new LoadException(name, "invalid UTF-8 after a UTF-8 byte order mark", e); }
    }

    /// NUL bytes and other control characters do not occur in text files (UTF-16 without BOM included).
    static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return control > sample.Length / 20;
    }

    static double CjkShare(string text)
    {
        int cjk = 0, letters = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 20000)))
        {
            if (char.IsWhiteSpace(c) || char.IsAsciiDigit(c)) continue;
            letters++;
            if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF') cjk++;
        }
        return letters == 0 ? 0 : (double)cjk / letters;
    }
}
