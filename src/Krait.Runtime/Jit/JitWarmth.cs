namespace Krait.Runtime;

/// <summary>When hot code gets compiled (<see cref="JitCompiler"/>): the threshold and a new code object's starting
/// warmth. Apart from JitCompiler so that every code object made and every call counted doesn't load the compiler's
/// type (and System.Reflection.Emit with it) in processes that never compile anything, `-c pass` among them.</summary>
internal static class JitWarmth
{
    /// <summary>Calls plus backward jumps after which a code object is compiled (KRAIT_JIT_THRESHOLD; KRAIT_JIT=0
    /// turns compiling off).</summary>
    internal static readonly int Threshold = ReadThreshold();

    private static int ReadThreshold()
    {
        if (Environment.GetEnvironmentVariable("KRAIT_JIT") == "0") return int.MaxValue;
        return int.TryParse(Environment.GetEnvironmentVariable("KRAIT_JIT_THRESHOLD"), out int t) && t >= 1 ? t : 1000;
    }

    /// <summary>Whether some code object reached the threshold in a build that can't compile it (NativeAOT, which
    /// has no runtime code generation): the command line's launcher then runs the program's next start on the JIT
    /// engine when this run was long (Krait.Cli's EngineChoice).</summary>
    internal static bool SawHotCode;

    /// <summary>Warmth a code object needs per code unit of its bytecode before it is compiled, when that is more
    /// than <see cref="Threshold"/> (KRAIT_JIT_UNIT_WARMTH; 0: the threshold alone). RyuJIT's time grows with the
    /// method's size (about 20 bytes of IL a code unit; re's _optimize_charset, 950 code units, took 230 ms on the
    /// compile thread of every asyncio program, for code hot only while `import asyncio` compiles its patterns),
    /// while what compiling saves grows with how often the code runs: a big code object must run longer before
    /// it is worth compiling. Code of up to 125 code units keeps the plain threshold.</summary>
    internal static readonly int UnitWarmth =
        int.TryParse(Environment.GetEnvironmentVariable("KRAIT_JIT_UNIT_WARMTH"), out int w) && w >= 0 ? w : 8;

    /// <summary>The warmth a new code object of <paramref name="units"/> code units starts at: below zero when
    /// it must run longer than <see cref="Threshold"/> before it is compiled (<see cref="UnitWarmth"/>). Not under
    /// KRAIT_JIT_THRESHOLD=1 (the tests' "compile everything") or KRAIT_JIT=0.</summary>
    internal static int InitialWarmth(int units)
    {
        long need = (long)UnitWarmth * units;
        return Threshold > 1 && need > Threshold ? (int)Math.Max(int.MinValue + 1L, Threshold - need) : 0;
    }
}
