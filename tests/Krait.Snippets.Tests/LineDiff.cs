using System.Text;

namespace Krait.Snippets.Tests;

/// <summary>A short unified-style diff of two outputs, for failure messages: hunks of changed
/// lines with one line of context, '-' for expected (CPython), '+' for actual (Krait), at most
/// maxLines lines in all.</summary>
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

        var ops = new List<(char Mark, string Line)>(a.Length + b.Length);
        for (int i = 0; i < prefix; i++) ops.Add((' ', a[i]));
        ops.AddRange(Middle(a, b, prefix, a.Length - suffix, prefix, b.Length - suffix));
        for (int i = a.Length - suffix; i < a.Length; i++) ops.Add((' ', a[i]));

        // Hunks: each run of changes with up to Context unchanged lines around it; runs closer
        // than 2 * Context + 1 unchanged lines share a hunk.
        var sb = new StringBuilder();
        int written = 0;
        int k = 0;
        while (k < ops.Count && written <= maxLines)
        {
            if (ops[k].Mark == ' ') { k++; continue; }
            int first = Math.Max(0, k - Context);
            while (first < k && ops[first].Mark != ' ') first++;
            int last = k;
            for (int j = k; j < ops.Count; j++)
            {
                if (ops[j].Mark != ' ') last = j;
                else if (j - last > 2 * Context) break;
            }
            int end = Math.Min(ops.Count, last + 1 + Context);
            int lineA = 0, lineB = 0;
            for (int j = 0; j < first; j++)
            {
                if (ops[j].Mark != '+') lineA++;
                if (ops[j].Mark != '-') lineB++;
            }
            int countA = 0, countB = 0;
            for (int j = first; j < end; j++)
            {
                if (ops[j].Mark != '+') countA++;
                if (ops[j].Mark != '-') countB++;
            }
            sb.Append($"@@ -{Range(lineA, countA)} +{Range(lineB, countB)} @@\n");
            for (int j = first; j < end; j++)
            {
                if (written++ == maxLines)
                {
                    sb.Append("  …\n");
                    break;
                }
                sb.Append(ops[j].Mark).Append(' ').Append(ops[j].Line).Append('\n');
            }
            k = end;
        }
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
    private static List<(char Mark, string Line)> Middle(string[] a, string[] b, int a0, int a1, int b0, int b1)
    {
        int n = a1 - a0, m = b1 - b0;
        var ops = new List<(char Mark, string Line)>();
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
