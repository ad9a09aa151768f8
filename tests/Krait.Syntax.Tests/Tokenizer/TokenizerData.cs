using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Krait.Syntax.Tests.Tokenizer;

/// <summary>Reads the expectation files recorded from python3.11 by record_tokens.py and
/// record_errors.py (next to this file).</summary>
internal static class TokenizerData
{
    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static JsonElement[] Load(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Dir(), file));
        var result = new JsonElement[lines.Length];
        for (int i = 0; i < lines.Length; i++) result[i] = JsonDocument.Parse(lines[i]).RootElement;
        return result;
    }

    public static IEnumerable<object[]> Indexes(string file)
    {
        int n = Load(file).Length;
        for (int i = 0; i < n; i++) yield return [i];
    }
}
