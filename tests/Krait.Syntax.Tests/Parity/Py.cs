using System.Text;

namespace Krait.Syntax.Tests.Parity;

internal static class Py
{
    /// <summary>A readable quoted form of a string for failure messages.</summary>
    public static string Repr(string s)
    {
        var sb = new StringBuilder("'");
        foreach (char c in s)
        {
            if (c == '\'' || c == '\\') sb.Append('\\').Append(c);
            else if (c < 0x20 || c == 0x7f) sb.Append($"\\x{(int)c:x2}");
            else sb.Append(c);
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>Surrogates and control characters as \\uXXXX, so a difference in them shows.</summary>
    public static string Visible(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsSurrogate(c) || char.IsControl(c)) sb.Append($"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The first position where two strings differ, with context from both.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        int i = 0;
        int n = Math.Min(expected.Length, actual.Length);
        while (i < n && expected[i] == actual[i]) i++;
        int from = Math.Max(0, i - 150);
        static string Cut(string s, int from, int to) => Visible(s[from..Math.Min(s.Length, to)]);
        return $"first difference at character {i} of the dump:\n" +
               $"  CPython: …{Cut(expected, from, i + 150)}\n" +
               $"  Krait:   …{Cut(actual, from, i + 150)}";
    }
}
