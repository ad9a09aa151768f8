using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>The matcher for one subject kind: CPython 3.11's sre_lib.h semantics (same opcodes, same order of
/// attempts, same mark bookkeeping) written as a state machine. A sub-match is a pushed <see cref="SreCtx"/>
/// with a resume point (<c>J*</c>); the .NET stack never grows with the backtracking depth.</summary>
internal static partial class SreEngine<TS> where TS : struct, ISreSubject
{
    private const byte JNone = 0, JMaxUntil1 = 1, JMaxUntil2 = 2, JMaxUntil3 = 3, JMinUntil1 = 4, JMinUntil2 = 5,
        JMinUntil3 = 6, JRepeat = 7, JRepeatOne1 = 8, JRepeatOne2 = 9, JMinRepeatOne = 10, JBranch = 11, JAssert = 12,
        JAssertNot = 13, JPossRepeat1 = 14, JPossRepeat2 = 15, JAtomicGroup = 16;

    /// <summary>SRE(at): is <paramref name="ptr"/> at the position <paramref name="at"/> names?</summary>
    private static bool At(SreState st, in TS s, int ptr, uint at)
    {
        int end = st.End;
        bool thisp, thatp;
        // 3.11: no (non-)boundary in an empty window (\B does not match '')
        if (end == 0 && at is SreOp.AT_BOUNDARY or SreOp.AT_NON_BOUNDARY or SreOp.AT_LOC_BOUNDARY
            or SreOp.AT_LOC_NON_BOUNDARY or SreOp.AT_UNI_BOUNDARY or SreOp.AT_UNI_NON_BOUNDARY)
            return false;
        switch (at)
        {
            case SreOp.AT_BEGINNING:
            case SreOp.AT_BEGINNING_STRING:
                return ptr == 0;
            case SreOp.AT_BEGINNING_LINE:
                return ptr == 0 || SreChars.IsLinebreak(s[ptr - 1]);
            case SreOp.AT_END:
                return (end - ptr == 1 && SreChars.IsLinebreak(s[ptr])) || ptr == end;
            case SreOp.AT_END_LINE:
                return ptr == end || SreChars.IsLinebreak(s[ptr]);
            case SreOp.AT_END_STRING:
                return ptr == end;
            case SreOp.AT_BOUNDARY:
            case SreOp.AT_NON_BOUNDARY:
                thatp = ptr > 0 && SreChars.IsWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.IsWord(s[ptr]);
                return (thisp != thatp) == (at == SreOp.AT_BOUNDARY);
            case SreOp.AT_LOC_BOUNDARY:
            case SreOp.AT_LOC_NON_BOUNDARY:
                thatp = ptr > 0 && SreChars.IsLocWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.IsLocWord(s[ptr]);
                return (thisp != thatp) == (at == SreOp.AT_LOC_BOUNDARY);
            case SreOp.AT_UNI_BOUNDARY:
            case SreOp.AT_UNI_NON_BOUNDARY:
                thatp = ptr > 0 && SreChars.IsUniWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.IsUniWord(s[ptr]);
                return (thisp != thatp) == (at == SreOp.AT_UNI_BOUNDARY);
        }
        return false;
    }

    /// <summary>SRE(count): how many times (up to <paramref name="maxcount"/>) the single-character item at
    /// <paramref name="pc"/> matches from st.Ptr on.</summary>
    private static int Count(SreState st, in TS s, uint[] code, int pc, uint maxcount)
    {
        int ptr = st.Ptr, start = ptr;
        int end = st.End;
        if (maxcount < (long)end - ptr && maxcount != SreOp.MAXREPEAT) end = ptr + (int)maxcount;
        uint chr;
        switch (code[pc])
        {
            case SreOp.IN:
                while (ptr < end && SreCharset.In(code, pc + 2, s[ptr])) ptr++;
                break;
            case SreOp.ANY:
                while (ptr < end && !SreChars.IsLinebreak(s[ptr])) ptr++;
                break;
            case SreOp.ANY_ALL:
                if (ptr < end) ptr = end;
                break;
            case SreOp.LITERAL:
                chr = code[pc + 1];
                while (ptr < end && (uint)s[ptr] == chr) ptr++;
                break;
            case SreOp.LITERAL_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(s[ptr]) == chr) ptr++;
                break;
            case SreOp.LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(s[ptr]) == chr) ptr++;
                break;
            case SreOp.LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && SreChars.CharLocIgnore(chr, s[ptr])) ptr++;
                break;
            case SreOp.NOT_LITERAL:
                chr = code[pc + 1];
                while (ptr < end && (uint)s[ptr] != chr) ptr++;
                break;
            case SreOp.NOT_LITERAL_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(s[ptr]) != chr) ptr++;
                break;
            case SreOp.NOT_LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(s[ptr]) != chr) ptr++;
                break;
            case SreOp.NOT_LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && !SreChars.CharLocIgnore(chr, s[ptr])) ptr++;
                break;
            case SreOp.IN_IGNORE:
                while (ptr < end && SreCharset.In(code, pc + 2, SreChars.LowerAscii(s[ptr]))) ptr++;
                break;
            case SreOp.IN_UNI_IGNORE:
                while (ptr < end && SreCharset.In(code, pc + 2, SreChars.LowerUnicode(s[ptr]))) ptr++;
                break;
            case SreOp.IN_LOC_IGNORE:
                while (ptr < end && SreCharset.InLocIgnore(code, pc + 2, s[ptr])) ptr++;
                break;
            default:
                // Any other single-width item: run the matcher on it repeatedly (one level deep at most).
                while (st.Ptr < end)
                {
                    if (Match(st, s, pc, false) == 0) break;
                }
                return st.Ptr - start;
        }
        return ptr - start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool GroupSpan(SreState st, uint group, out int p, out int e)
    {
        int g = (int)group * 2;
        if (g >= st.LastMark) { p = e = -1; return false; }
        p = st.Mark[g];
        e = st.Mark[g + 1];
        return p >= 0 && e >= 0 && e >= p;
    }
}
