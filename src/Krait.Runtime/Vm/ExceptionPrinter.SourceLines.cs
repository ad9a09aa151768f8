using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime;

public static partial class ExceptionPrinter
{
    /// <summary>The source lines tracebacks show: the file is read from disk (relative names from the
    /// working directory, else by their last component along <c>sys.path</c>, as _Py_FindSourceFile does),
    /// decoded with its PEP 263 encoding, and split with universal newlines. Files are cached by path and
    /// re-read when their modification time changes.</summary>
    internal static class SourceLines
    {
        private sealed record Entry(DateTime Stamp, string[]? Lines);

        private static readonly Dictionary<string, Entry> s_cache = new(StringComparer.Ordinal);

        /// <summary>Line <paramref name="lineno"/> (1-based) without its line ending, or null.</summary>
        public static string? GetLine(string filename, int lineno)
        {
            if (filename.Length == 0 || lineno < 1) return null;
            // Names like <string> or <stdin> are not files.
            if (filename[0] == '<' && filename[^1] == '>') return null;
            var lines = GetLines(filename);
            return lines is not null && lineno <= lines.Length ? lines[lineno - 1] : null;
        }

        private static string[]? GetLines(string filename)
        {
            string? path = Locate(filename);
            if (path is null) return null;
            DateTime stamp;
            try
            {
                stamp = File.GetLastWriteTimeUtc(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            lock (s_cache)
            {
                if (s_cache.TryGetValue(path, out var cached) && cached.Stamp == stamp) return cached.Lines;
            }
            string[]? lines = Read(path);
            lock (s_cache) s_cache[path] = new Entry(stamp, lines);
            return lines;
        }

        private static string? Locate(string filename)
        {
            try
            {
                if (File.Exists(filename)) return filename;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
            }
            if (Directory.Exists(filename)) return null;
            string tail = filename[(filename.LastIndexOf('/') + 1)..];
            if (Sys.GetOrNull("path") is not PyList sysPath) return null;
            for (int i = 0; i < sysPath.Count; i++)
            {
                if (sysPath[i] is not PyStr entry) continue;
                string dir = entry.Value;
                string candidate = dir.Length > 0 && dir[^1] != '/' ? dir + "/" + tail : dir + tail;
                try
                {
                    if (File.Exists(candidate)) return candidate;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
                {
                }
            }
            return null;
        }

        private static string[]? Read(string path)
        {
            byte[] data;
            try
            {
                data = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            string text;
            try
            {
                var decoded = SourceText.FromBytes(data, path);
                if (decoded.DeclaredEncoding is null or "utf-8")
                {
                    // io.TextIOWrapper(binary, "utf-8"): strict, and a BOM stays in the first line.
                    text = new UTF8Encoding(false, true).GetString(data);
                }
                else text = decoded.Text;
            }
            catch (Exception e) when (e is Krait.Syntax.PythonSyntaxError or DecoderFallbackException or ArgumentException)
            {
                return null;
            }
            return SplitUniversal(text);
        }

        private static string[] SplitUniversal(string text)
        {
            var lines = new List<string>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c != '\n' && c != '\r') continue;
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            if (start < text.Length) lines.Add(text[start..]);
            return [.. lines];
        }
    }
}
