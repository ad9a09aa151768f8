namespace Krait.Runtime;

/// <summary>One backtracking context of the matcher (CPython's match_context): where to resume in the caller
/// (<see cref="Jump"/>), and the saved pattern position, subject position and marks.</summary>
internal struct SreCtx
{
    public int Count, U, LastMark, LastIndex, Pattern, Ptr;
    public bool TopLevel;
    public byte Jump;
}

/// <summary>A REPEAT's bookkeeping (CPython's SRE_REPEAT); <see cref="Prev"/> links to the enclosing one.</summary>
internal struct SreRepeat
{
    public int Count, Pattern, Prev, LastPtr;
}

/// <summary>The state of one match or search (CPython's SRE_STATE): the subject, the window [Start, End), the
/// group marks, and the explicit backtracking stacks, so deep backtracking never recurses on the .NET stack.</summary>
internal sealed class SreState
{
    public readonly uint[] Code;
    public readonly PyObject Subject;
    public readonly bool IsBytes;
    // Exactly one of these holds the characters.
    public readonly string? Str;
    public readonly int[]? Ucs4;
    public readonly byte[]? Bytes;
    public readonly int Length;

    public int Pos, EndPos;
    public int Start, End, Ptr;
    public int[] Mark;
    public int LastMark = -1, LastIndex = -1;
    public bool MustAdvance, MatchAll;
    public int Repeat = -1;
    internal int SigCount;

    // The backtracking stacks: borrowed from a per-thread cache for the duration of one match or search
    // (a match never runs Python code, so it can't re-enter), so a call allocates no stacks.
    internal SreCtx[] Ctx = null!;
    internal int CtxTop;
    internal int[] Data = null!;
    internal int DataTop;
    internal SreRepeat[] Reps = null!;
    private int _repCount;
    private int[] _repFree = null!;
    private int _repFreeTop;

    private sealed class Stacks
    {
        public SreCtx[] Ctx = new SreCtx[32];
        public int[] Data = new int[64];
        public SreRepeat[] Reps = new SreRepeat[8];
        public int[] RepFree = new int[8];
    }

    [ThreadStatic] private static Stacks? t_stacks;

    private Stacks Borrow()
    {
        var k = t_stacks ?? new Stacks();
        t_stacks = null;
        Ctx = k.Ctx;
        Data = k.Data;
        Reps = k.Reps;
        _repFree = k.RepFree;
        return k;
    }

    private void Return(Stacks k)
    {
        // keep grown arrays, but don't pin a huge stack left by a catastrophic pattern
        if (Ctx.Length <= 4096) k.Ctx = Ctx;
        if (Data.Length <= 65536) k.Data = Data;
        k.Reps = Reps;
        k.RepFree = _repFree;
        Ctx = null!;
        Data = null!;
        t_stacks = k;
    }

    public SreState(PyPattern pattern, PyObject subject, long pos, long endpos)
    {
        Code = pattern.Code;
        Subject = subject;
        if (subject is PyStr s)
        {
            if (pattern.IsBytes > 0) throw PyErr.TypeError("cannot use a bytes pattern on a string-like object");
            if (s.IsAllBmp) { Str = s.Value; Length = Str.Length; }
            else { Ucs4 = SreStrings.CodePoints(s); Length = Ucs4.Length; }
        }
        else
        {
            Bytes = SreStrings.BytesOf(subject);
            IsBytes = true;
            Length = Bytes.Length;
            if (pattern.IsBytes == 0) throw PyErr.TypeError("cannot use a string pattern on a bytes-like object");
        }
        if (pos < 0) pos = 0; else if (pos > Length) pos = Length;
        if (endpos < 0) endpos = 0; else if (endpos > Length) endpos = Length;
        Pos = (int)pos;
        EndPos = (int)endpos;
        Start = Ptr = Pos;
        End = EndPos;
        Mark = new int[Math.Max(2, pattern.Groups * 2)];
    }

    /// <summary>state_reset: forget the marks and the stacks before a new attempt.</summary>
    public void Reset()
    {
        LastMark = LastIndex = -1;
        Repeat = -1;
        CtxTop = DataTop = 0;
        _repCount = _repFreeTop = 0;
    }

    /// <summary>sre_match: 1 when the pattern matches at <see cref="Ptr"/>.</summary>
    public int DoMatch(bool matchAll)
    {
        MatchAll = matchAll;
        var k = Borrow();
        try
        {
            if (Str is not null) return SreEngine<SreStrSubject>.Match(this, new SreStrSubject(Str), 0, true);
            if (Bytes is not null) return SreEngine<SreBytesSubject>.Match(this, new SreBytesSubject(Bytes), 0, true);
            return SreEngine<SreUcs4Subject>.Match(this, new SreUcs4Subject(Ucs4!), 0, true);
        }
        catch (IndexOutOfRangeException) { throw InternalError(); }
        finally { Return(k); }
    }

    /// <summary>sre_search: 1 when the pattern matches somewhere from <see cref="Start"/> on; Start/Ptr then span it.</summary>
    public int DoSearch()
    {
        var k = Borrow();
        try
        {
            if (Str is not null) return SreEngine<SreStrSubject>.Search(this, new SreStrSubject(Str));
            if (Bytes is not null) return SreEngine<SreBytesSubject>.Search(this, new SreBytesSubject(Bytes));
            return SreEngine<SreUcs4Subject>.Search(this, new SreUcs4Subject(Ucs4!));
        }
        catch (IndexOutOfRangeException) { throw InternalError(); }
        finally { Return(k); }
    }

    public static PythonException InternalError() => PyErr.RuntimeError("internal error in regular expression engine");

    internal SreCtx[] GrowCtx()
    {
        Array.Resize(ref Ctx, Ctx.Length * 2);
        return Ctx;
    }

    internal void DataPush(int v)
    {
        if (DataTop == Data.Length) Array.Resize(ref Data, Data.Length * 2);
        Data[DataTop++] = v;
    }

    internal int DataPop() => Data[--DataTop];

    internal void MarkPush(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (DataTop + n > Data.Length) Array.Resize(ref Data, Math.Max(Data.Length * 2, DataTop + n));
        Array.Copy(Mark, 0, Data, DataTop, n);
        DataTop += n;
    }

    internal void MarkPop(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        DataTop -= n;
        Array.Copy(Data, DataTop, Mark, 0, n);
    }

    internal void MarkPopKeep(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(Data, DataTop - n, Mark, 0, n);
    }

    internal void MarkPopDiscard(int lastmark)
    {
        if (lastmark >= 0) DataTop -= lastmark + 1;
    }

    internal int AllocRepeat()
    {
        if (_repFreeTop > 0) return _repFree[--_repFreeTop];
        if (_repCount == Reps.Length) Array.Resize(ref Reps, Reps.Length * 2);
        return _repCount++;
    }

    internal void FreeRepeat(int r)
    {
        if (r == _repCount - 1) { _repCount--; return; }
        if (_repFreeTop == _repFree.Length) Array.Resize(ref _repFree, _repFree.Length * 2);
        _repFree[_repFreeTop++] = r;
    }
}
