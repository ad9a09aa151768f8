namespace Krait.Syntax.Text;

/// <summary>A Python <c>str</c> value that a .NET string cannot hold faithfully: one with a surrogate
/// code point directly followed by another, which in UTF-16 would read back as a single astral
/// character (<c>'\ud800\udc80'</c> is two code points in Python, <c>'\U00010080'</c> one). Such
/// values are rare (tests of codecs, mostly); everything else stays a plain <see cref="string"/>.</summary>
public sealed class CodePointString : IEquatable<CodePointString>
{
    private CodePointString(int[] codePoints) => CodePoints = codePoints;

    public int[] CodePoints { get; }

    /// <summary>A <see cref="string"/> when the code points can be one, else a CodePointString.</summary>
    public static object Create(ReadOnlySpan<int> codePoints)
    {
        if (!NeedsCodePoints(codePoints))
        {
            var sb = new System.Text.StringBuilder(codePoints.Length);
            foreach (int c in codePoints)
            {
                if (c < 0x10000) sb.Append((char)c); else sb.Append(char.ConvertFromUtf32(c));
            }
            return sb.ToString();
        }
        return new CodePointString(codePoints.ToArray());
    }

    /// <summary>True when a surrogate code point is followed by another surrogate code point (only
    /// high-then-low would pair up, but keeping the rule simple costs nothing: it is rare).</summary>
    public static bool NeedsCodePoints(ReadOnlySpan<int> codePoints)
    {
        for (int i = 0; i + 1 < codePoints.Length; i++)
        {
            if (IsSurrogate(codePoints[i]) && IsSurrogate(codePoints[i + 1])) return true;
        }
        return false;
    }

    private static bool IsSurrogate(int c) => c >= 0xD800 && c <= 0xDFFF;

    public bool Equals(CodePointString? other) =>
        other is not null && CodePoints.AsSpan().SequenceEqual(other.CodePoints);

    public override bool Equals(object? obj) => Equals(obj as CodePointString);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (int c in CodePoints) h.Add(c);
        return h.ToHashCode();
    }
}
