namespace Krait.Runtime;

/// <summary>Unicode character names for the namereplace error handler: the unicodedata module's table (Unicode
/// 14.0.0, as CPython 3.11's), loaded on first use.</summary>
internal static class UnicodeNames
{
    /// <summary>The character's name, or null for a character without one (controls, unassigned code points,
    /// surrogates): the handler then writes backslashreplace's form, as CPython's does.</summary>
    public static string? Name(int cp) => UcdData.Instance.Name(cp);
}
