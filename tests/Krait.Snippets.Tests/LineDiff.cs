using System.Text;

namespace Krait.Snippets.Tests;

/// <summary>A short unified-style diff of two outputs, for failure messages: hunks of changed
/// lines with one line of context, '-' for expected (CPython), '+' for actual (Krait).</summary>
public static class LineDiff
{
    private const int Context = 1;
    private const int MaxCells = 4_000_000;

    public static string Unified(byte[] expected, byte[] actual, int maxLines = 30)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var ops = Middle(a, b, prefix, a.Length - suffix, prefix, b.Length - suffix);
        // Surround the changed middle with context, as one hunk: outputs are short and usually
        // differ in one place.
        var sb = new StringBuilder();
        int start = Math.Max(0, prefix - Context);
        int endA = Math.Min(a.Length, a.Length - suffix + Context);
        int endB = Math.Min(b.Length, b.Length - suffix + Context);
        sb.Append($"@@ -{Range(start, endA - start)} +{Range(start, endB - start)} @@\n");
        int written = 0;
        void Emit(char mark, string line)
        {
            if (written == maxLines) sb.Append("  …\n");
            if (written++ >= maxLines) return;
            sb.Append(mark).Append(' ').Append(line).Append('\n');
        }
        for (int i = start; i < prefix; i++) Emit(' ', a[i]);
        foreach (var (mark, line) in ops) Emit(mark, line);
        for (int i = a.Length - suffix; i < endA; i++) Emit(' ', a[i]);
        return sb.ToString();
    }

    /// <summary>A hunk range as diff -u writes it: an empty range names the line before it.</summary>
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    /// <summary>Lines of the output, each shown with its visible end: a missing final newline and
    /// non-UTF-8 bytes are made visible so that a diff is never blank.</summary>
    private static string[] Lines(byte[] data)
    {
        string text = Encoding.UTF8.GetString(data);
        if (!Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(data)) text = "(not UTF-8) " + Convert.ToHexString(data);
        if (text.Length == 0) return [];
        var lines = text.Split('\n');
        if (lines[^1].Length == 0) return lines[..^1];
        lines[^1] += "⏎ (no newline at end)";
        return lines;
    }

    /// <summary>The edit script of a[a0..a1) into b[b0..b1) by longest common subsequence; when the
    /// region is too large for that, all of a's lines removed then all of b's added.</summary>
    private static List<(char, string)> Middle(string[] a, string[] b, int a0, int a1, int b0, int b1)
    {
        int n = a1 - a0, m = b1 - b0;
        var ops = new List<(char, string)>();
        if ((long)n * m > MaxCells)
        {
            for (int i = a0; i < a1; i++) ops.Add(('-', a[i]));
            for (int j = b0; j < b1; j++) ops.Add(('+', b[j]));
            return ops;
        }
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i, j] = a[a0 + i] == b[b0 + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[a0 + x] == b[b0 + y])
            {
                ops.Add((' ', a[a0 + x]));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(('-', a[a0 + x++]));
            }
            else
            {
                ops.Add(('+', b[b0 + y++]));
            }
        }
        return ops;
    }
}
