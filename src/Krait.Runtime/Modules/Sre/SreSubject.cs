using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>The characters a pattern runs over. The engine is generic over these structs, so each subject kind
/// gets its own compiled matcher with the character read inlined (CPython includes sre_lib.h once per char size).</summary>
internal interface ISreSubject
{
    int this[int i] { get; }
}

/// <summary>A str with no surrogate pair: each UTF-16 unit is one code point.</summary>
internal readonly struct SreStrSubject(string s) : ISreSubject
{
    private readonly string _s = s;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _s[i];
    }
}

/// <summary>A str with astral characters, as code points.</summary>
internal readonly struct SreUcs4Subject(int[] cps) : ISreSubject
{
    private readonly int[] _cps = cps;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _cps[i];
    }
}

/// <summary>A bytes-like object.</summary>
internal readonly struct SreBytesSubject(byte[] b) : ISreSubject
{
    private readonly byte[] _b = b;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _b[i];
    }
}
