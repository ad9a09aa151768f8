using System.Text;

namespace Krait.Runtime;

/// <summary>A few StringBuilders per thread, reused by the formatting code (%-format, str.format, __format__ of the
/// builtins, float digits). Most formatted strings are short, and a fresh builder costs two allocations and the
/// zeroing of its chunk before the result's own. Formats nest (a __format__ or __str__ that formats, a float's
/// digits inside a field): each level takes its own builder; when the few cached ones are in use a new one is made.
/// A builder not handed back (an exception on the way) is simply garbage.</summary>
internal static class BuilderCache
{
    private const int Depth = 4, MaxCapacity = 1024;

    private sealed class Pool
    {
        public readonly StringBuilder?[] Items = new StringBuilder?[Depth];
        public int Count;
    }

    [ThreadStatic] private static Pool? t_pool;

    /// <summary>An empty builder for this thread's exclusive use until <see cref="Release"/>.</summary>
    public static StringBuilder Acquire()
    {
        var p = t_pool;
        if (p is null || p.Count == 0) return new StringBuilder(64);
        var sb = p.Items[--p.Count]!;
        p.Items[p.Count] = null;
        return sb.Clear();
    }

    /// <summary>Hands <paramref name="sb"/> back for the next format on this thread (a big one is dropped).</summary>
    public static void Release(StringBuilder sb)
    {
        if (sb.Capacity > MaxCapacity) return;
        var p = t_pool ??= new Pool();
        if (p.Count < Depth) p.Items[p.Count++] = sb;
    }

    /// <summary>Moves what was appended to <paramref name="sb"/> after <paramref name="mark"/> into
    /// <paramref name="buf"/> (a new array when it doesn't fit) and cuts the builder back to the mark: text laid out
    /// in two passes (float digits, then sign and padding) is first written where the result goes, with no builder
    /// of its own.</summary>
    public static Span<char> TakeTail(StringBuilder sb, int mark, Span<char> buf)
    {
        int n = sb.Length - mark;
        Span<char> into = n <= buf.Length ? buf[..n] : new char[n];
        sb.CopyTo(mark, into, n);
        sb.Length = mark;
        return into;
    }

    /// <summary>The builder's text; the builder goes back to the cache.</summary>
    public static string ToStringAndRelease(StringBuilder sb)
    {
        string s = sb.ToString();
        Release(sb);
        return s;
    }
}
