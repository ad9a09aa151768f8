using System.Text;
using Krait.Syntax.Tests.Parity;

namespace Krait.Syntax.Tests.Robustness;

/// <summary>The robustness inputs, generated from a fixed seed: random bytes, random token soup,
/// truncated and byte-mutated standard-library files, and pathological nesting. Each is written to
/// a temporary folder (named by its hash) so python3.11 can judge it through the oracle cache.</summary>
internal static class FuzzInputs
{
    public const int Seed = 20261121;

    public sealed record Input(string Name, byte[] Data)
    {
        public override string ToString() => Name;
    }

    private static readonly Lazy<Input[]> AllInputs = new(Generate);

    public static Input[] All => AllInputs.Value;

    public static Input Get(string name) => All.First(i => i.Name == name);

    /// <summary>Where the inputs are written for the oracle.</summary>
    public static string PathOf(Input i)
    {
        string dir = Path.Combine(Path.GetTempPath(), "krait-fuzz");
        Directory.CreateDirectory(dir);
        string p = Path.Combine(dir, CPythonOracle.Sha256(i.Data)[..16] + ".py");
        if (!File.Exists(p)) File.WriteAllBytes(p, i.Data);
        return p;
    }

    private static readonly string[] Soup =
    [
        "x", "y", "f", "_", "match", "case", "type", "é", "1", "0x1f", "1.5e3", "2j", "0777", "1_", "'s'", "\"s\"",
        "b'b'", "f'{x}'", "f'{'", "'''", "\"", "r'\\'", "u''", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...",
        "=", "==", ":=", "+", "-", "*", "**", "/", "//", "%", "@", "<", ">", "!=", "->", "+=", "<<=", "~", "|", "&", "^",
        "if", "elif", "else", "for", "in", "while", "def", "class", "return", "yield", "await", "async", "lambda", "with",
        "as", "try", "except", "except*", "finally", "raise", "from", "import", "global", "nonlocal", "del", "pass",
        "break", "continue", "not", "and", "or", "is", "None", "True", "False", "assert", "\n", "\n", "\n    ", "\n\t",
        " ", " ", "\\\n", "#c\n", "$", "?", "€", "\r\n", "\f",
    ];

    private const string InsertChars = "()[]{}:=,.'\"\n\t #\\*@";

    private static Input[] Generate()
    {
        var rng = new Random(Seed);
        var list = new List<Input>();

        for (int i = 0; i < 250; i++)
        {
            var b = new byte[rng.Next(0, 120)];
            rng.NextBytes(b);
            // Mostly printable ASCII, so the tokenizer gets past the first byte.
            if (i % 2 == 0)
                for (int k = 0; k < b.Length; k++) b[k] = (byte)(b[k] % 4 == 0 ? "\n ()[]{}:=,.'\"#\\"[b[k] % 15] : 32 + b[k] % 95);
            list.Add(new Input($"random-bytes-{i:D3}", b));
        }

        for (int i = 0; i < 400; i++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 40);
            for (int k = 0; k < n; k++)
            {
                sb.Append(Soup[rng.Next(Soup.Length)]);
                if (rng.Next(3) == 0) sb.Append(' ');
            }
            list.Add(new Input($"token-soup-{i:D3}", Encoding.UTF8.GetBytes(sb.ToString())));
        }

        var stdlib = StdlibSample(rng, 60);
        foreach (var (file, data) in stdlib)
        {
            string name = Path.GetRelativePath(Parity.StdlibParityTests.StdlibRoot, file).Replace('/', '_');
            for (int k = 0; k < 2; k++)
            {
                int cut = data.Length == 0 ? 0 : rng.Next(data.Length);
                list.Add(new Input($"truncated-{name}-{cut}", data[..cut]));
            }
            for (int k = 0; k < 3; k++)
            {
                var m = new List<byte>(data);
                int edits = rng.Next(1, 4);
                for (int e = 0; e < edits && m.Count > 0; e++)
                {
                    int at = rng.Next(m.Count);
                    switch (rng.Next(3))
                    {
                        case 0: m[at] = (byte)rng.Next(256); break;
                        case 1: m.Insert(at, (byte)InsertChars[rng.Next(InsertChars.Length)]); break;
                        default: m.RemoveAt(at); break;
                    }
                }
                list.Add(new Input($"mutated-{name}-{k}", m.ToArray()));
            }
        }

        list.Add(new Input("nesting-100000-parens", Encoding.ASCII.GetBytes(new string('(', 100000) + "1" + new string(')', 100000) + "\n")));
        list.Add(new Input("nesting-100000-minus", Encoding.ASCII.GetBytes(new string('-', 100000) + "1\n")));
        list.Add(new Input("nesting-6000-minus", Encoding.ASCII.GetBytes(new string('-', 6000) + "1\n")));
        list.Add(new Input("nesting-3000-minus", Encoding.ASCII.GetBytes(new string('-', 3000) + "1\n")));
        list.Add(new Input("nesting-100000-not", Encoding.ASCII.GetBytes(Repeat("not ", 100000) + "1\n")));
        list.Add(new Input("nesting-50000-plus", Encoding.ASCII.GetBytes(string.Join("+", Enumerable.Repeat("1", 50000)) + "\n")));
        list.Add(new Input("nesting-20000-lambda", Encoding.ASCII.GetBytes(Repeat("lambda:", 20000) + "1\n")));
        list.Add(new Input("nesting-20000-await", Encoding.ASCII.GetBytes(Repeat("await ", 20000) + "1\n")));
        list.Add(new Input("nesting-20000-attr", Encoding.ASCII.GetBytes("x" + Repeat(".a", 20000) + "\n")));
        list.Add(new Input("nesting-20000-call", Encoding.ASCII.GetBytes("x" + Repeat("()", 20000) + "\n")));
        list.Add(new Input("nesting-20000-power", Encoding.ASCII.GetBytes(string.Join("**", Enumerable.Repeat("2", 20000)) + "\n")));
        list.Add(new Input("nesting-20000-ifexp", Encoding.ASCII.GetBytes(Repeat("1 if 1 else ", 20000) + "1\n")));
        list.Add(new Input("nesting-150-indent", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', i) + "if 1:\n")) + new string(' ', 150) + "pass\n")));
        list.Add(new Input("nesting-1000-fstring-parens", Encoding.ASCII.GetBytes("f'{" + new string('(', 1000) + "1" + new string(')', 1000) + "}'\n")));
        list.Add(new Input("nesting-5000-fstring-minus", Encoding.ASCII.GetBytes("f'{" + new string('-', 5000) + "1}'\n")));
        list.Add(new Input("long-line-10mb-string", Encoding.ASCII.GetBytes("x = '" + new string('a', 10 * 1024 * 1024) + "'\n")));
        list.Add(new Input("long-line-10mb-sum", Encoding.ASCII.GetBytes(Repeat("1+", 5 * 1024 * 1024) + "1\n")));
        // (A 10 MB list costs CPython itself 45 s and 5 GB; 1 MB ones stay cheap.)
        list.Add(new Input("long-line-1mb-list", Encoding.ASCII.GetBytes("x = [" + Repeat("1,", 512 * 1024) + "]\n")));
        list.Add(new Input("long-line-1mb-error-at-end", Encoding.ASCII.GetBytes("x = [" + Repeat("1,", 512 * 1024) + "1 2]\n")));
        list.Add(new Input("many-lines-50000", Encoding.ASCII.GetBytes(Repeat("x = 1\n", 50000))));
        return list.ToArray();
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static List<(string File, byte[] Data)> StdlibSample(Random rng, int count)
    {
        string root = Parity.StdlibParityTests.StdlibRoot;
        if (!Directory.Exists(root)) return [];
        var files = Directory.GetFiles(root, "*.py", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length < 40_000).ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        var picked = new List<(string, byte[])>();
        for (int i = 0; i < count && files.Length > 0; i++)
        {
            string f = files[rng.Next(files.Length)];
            picked.Add((f, File.ReadAllBytes(f)));
        }
        return picked;
    }
}
