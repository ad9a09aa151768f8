namespace Krait.Runtime;

/// <summary>Unicode character names for the namereplace error handler. Krait carries no name table yet, so
/// every character falls back to backslashreplace's form (documented in docs/differences.md).</summary>
internal static class UnicodeNames
{
    public static string? Name(int cp) => null;
}
