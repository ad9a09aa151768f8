using System.Text;

namespace Krait.Syntax.Text;

// Decoding source bytes: BOM and PEP 263 coding declarations. (Being completed by the tokenizer work.)
public sealed partial class SourceText
{
    public static SourceText FromBytes(byte[] data, string fileName)
    {
        var span = data.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        return new SourceText(new UTF8Encoding(false, true).GetString(span), fileName);
    }
}
