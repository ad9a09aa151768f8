using System.Globalization;
using System.Runtime.CompilerServices;
using Krait.Syntax.Tokenizer;
using Assert = Xunit.Assert;

namespace Krait.Syntax.Tests.Tokenizer;

public class IdentifierCharsTests
{
    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>XID_Start/XID_Continue agree with CPython 3.11's str.isidentifier for every code
    /// point CPython's Unicode version assigns (identifiers.txt, recorded by record_identifiers.py).</summary>
    [Fact]
    public void IdentifierCharactersMatchCPython()
    {
        var start = new bool[0x110000];
        var cont = new bool[0x110000];
        var unassigned = new bool[0x110000];
        foreach (var line in File.ReadLines(Path.Combine(Dir(), "identifiers.txt")))
        {
            if (line.StartsWith('#')) continue;
            var parts = line.Split(' ');
            int lo = int.Parse(parts[1], NumberStyles.HexNumber), hi = int.Parse(parts[2], NumberStyles.HexNumber);
            var target = parts[0] switch { "S" => start, "C" => cont, _ => unassigned };
            for (int c = lo; c <= hi; c++) target[c] = true;
        }
        var wrong = new List<string>();
        for (int c = 0; c < 0x110000; c++)
        {
            if (unassigned[c] || (c >= 0xD800 && c <= 0xDFFF)) continue;
            bool s = c == '_' || IdentifierChars.IsXidStart(c);
            bool k = IdentifierChars.IsXidContinue(c);
            if (s != start[c]) wrong.Add($"start U+{c:X4}: {s}");
            if (k != cont[c]) wrong.Add($"continue U+{c:X4}: {k}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(50)) + $"\n({wrong.Count} in all)");
    }
}
