namespace Krait.Runtime;

internal static partial class SreEngine<TS> where TS : struct, ISreSubject
{
    /// <summary>SRE(match): 1 when the code at <paramref name="pc"/> matches at st.Ptr (st.Ptr is then the end of
    /// the match), 0 when it does not.</summary>
    internal static int Match(SreState st, TS s, int pc, bool toplevel)
    {
        uint[] code = st.Code;
        int end = st.End;
        int ret = 0;
        int ptr;
        // DO_JUMP's arguments
        byte jv;
        int nextPc;
        bool nextTop;

        int baseCp = st.CtxTop;
        var ctxs = st.Ctx;
        if (baseCp == ctxs.Length) ctxs = st.GrowCtx();
        int cp = baseCp;
        ctxs[cp].Jump = JNone;
        ctxs[cp].TopLevel = toplevel;

    entrance:
        ptr = st.Ptr;
        if (code[pc] == SreOp.INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> ...: reject when fewer than min characters remain
            if (code[pc + 3] != 0 && (uint)(end - ptr) < code[pc + 3]) goto failure;
            pc += (int)code[pc + 1] + 1;
        }

    dispatch:
        // like CPython, look at pending signals every 4096 operations so Ctrl-C stops a runaway match
        if ((++st.SigCount & 0xfff) == 0 && (EvalBreaker.Flags & EvalBreaker.Signals) != 0) Interpreter.RunPendingSignals();
        switch (code[pc++])
        {
            case SreOp.MARK:
            {
                int i = (int)code[pc];
                if ((i & 1) != 0) st.LastIndex = i / 2 + 1;
                if (i > st.LastMark)
                {
                    // marks between the old and the new highest one were not reached: NULL
                    var mark = st.Mark;
                    for (int j = st.LastMark + 1; j < i; j++) mark[j] = -1;
                    st.LastMark = i;
                }
                st.Mark[i] = ptr;
                pc++;
                goto dispatch;
            }
            case SreOp.LITERAL:
                if (ptr >= end || (uint)s[ptr] != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL:
                if (ptr >= end || (uint)s[ptr] == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.SUCCESS:
                if (ctxs[cp].TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start)))
                    goto failure;
                st.Ptr = ptr;
                goto success;
            case SreOp.AT:
                if (!At(st, s, ptr, code[pc])) goto failure;
                pc++;
                goto dispatch;
            case SreOp.CATEGORY:
                if (ptr >= end || !SreChars.Category(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.ANY:
                if (ptr >= end || SreChars.IsLinebreak(s[ptr])) goto failure;
                ptr++;
                goto dispatch;
            case SreOp.ANY_ALL:
                if (ptr >= end) goto failure;
                ptr++;
                goto dispatch;
            case SreOp.IN:
                if (ptr >= end || !SreCharset.In(code, pc + 1, s[ptr])) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.LITERAL_LOC_IGNORE:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_LOC_IGNORE:
                if (ptr >= end || SreChars.CharLocIgnore(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.IN_IGNORE:
                if (ptr >= end || !SreCharset.In(code, pc + 1, SreChars.LowerAscii(s[ptr]))) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.IN_UNI_IGNORE:
                if (ptr >= end || !SreCharset.In(code, pc + 1, SreChars.LowerUnicode(s[ptr]))) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.IN_LOC_IGNORE:
                if (ptr >= end || !SreCharset.InLocIgnore(code, pc + 1, s[ptr])) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.JUMP:
            case SreOp.INFO:
                pc += (int)code[pc];
                goto dispatch;

            case SreOp.BRANCH:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                ctxs[cp].LastMark = st.LastMark;
                ctxs[cp].LastIndex = st.LastIndex;
                if (st.Repeat >= 0) st.MarkPush(ctxs[cp].LastMark);
                goto branchLoop;

            case SreOp.REPEAT_ONE:
            {
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (code[pc + 1] > (long)end - ptr) goto failure;
                st.Ptr = ptr;
                st.CtxTop = cp + 1;
                int count = Count(st, s, code, pc + 3, code[pc + 2]);
                ctxs = st.Ctx;
                ctxs[cp].Count = count;
                ptr += count;
                if (count < code[pc + 1]) goto failure;
                int tail = pc + (int)code[pc];
                if (code[tail] == SreOp.SUCCESS && ptr == st.End && !(ctxs[cp].TopLevel && st.MustAdvance && ptr == st.Start))
                {
                    st.Ptr = ptr;
                    goto success;
                }
                ctxs[cp].LastMark = st.LastMark;
                ctxs[cp].LastIndex = st.LastIndex;
                if (st.Repeat >= 0) st.MarkPush(ctxs[cp].LastMark);
                if (code[tail] == SreOp.LITERAL)
                {
                    // the tail starts with a literal: skip positions where it can't match
                    ctxs[cp].U = (int)code[tail + 1];
                    goto repeatOneLiteral;
                }
                goto repeatOneGeneral;
            }

            case SreOp.MIN_REPEAT_ONE:
            {
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (code[pc + 1] > (long)end - ptr) goto failure;
                st.Ptr = ptr;
                if (code[pc + 1] == 0) ctxs[cp].Count = 0;
                else
                {
                    st.CtxTop = cp + 1;
                    int count = Count(st, s, code, pc + 3, code[pc + 1]);
                    ctxs = st.Ctx;
                    if (count < code[pc + 1]) goto failure;
                    ctxs[cp].Count = count;
                    ptr += count;
                }
                if (code[pc + (int)code[pc]] == SreOp.SUCCESS &&
                    !(ctxs[cp].TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start))))
                {
                    st.Ptr = ptr;
                    goto success;
                }
                ctxs[cp].LastMark = st.LastMark;
                ctxs[cp].LastIndex = st.LastIndex;
                if (st.Repeat >= 0) st.MarkPush(ctxs[cp].LastMark);
                goto minRepeatOneLoop;
            }

            case SreOp.POSSESSIVE_REPEAT_ONE:
            {
                if (code[pc + 1] > (long)end - ptr) goto failure;
                st.Ptr = ptr;
                st.CtxTop = cp + 1;
                int count = Count(st, s, code, pc + 3, code[pc + 2]);
                ctxs = st.Ctx;
                ctxs[cp].Count = count;
                ptr += count;
                if (count < code[pc + 1]) goto failure;
                pc += (int)code[pc];
                if (code[pc] == SreOp.SUCCESS && ptr == st.End && !(ctxs[cp].TopLevel && st.MustAdvance && ptr == st.Start))
                {
                    st.Ptr = ptr;
                    goto success;
                }
                goto dispatch;
            }

            case SreOp.REPEAT:
            {
                // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail: the UNTIL does the work
                int r = st.AllocRepeat();
                ref var rep = ref st.Reps[r];
                rep.Count = -1;
                rep.Pattern = pc;
                rep.Prev = st.Repeat;
                rep.LastPtr = -1;
                st.Repeat = r;
                ctxs[cp].U = r;
                st.Ptr = ptr;
                jv = JRepeat; nextPc = pc + (int)code[pc]; nextTop = ctxs[cp].TopLevel;
                goto doJump;
            }

            case SreOp.MAX_UNTIL:
            {
                int r = st.Repeat;
                if (r < 0) throw SreState.InternalError();
                ctxs[cp].U = r;
                st.Ptr = ptr;
                int count = st.Reps[r].Count + 1;
                ctxs[cp].Count = count;
                int rp = st.Reps[r].Pattern;
                if (count < code[rp + 1])
                {
                    // not enough matches yet
                    st.Reps[r].Count = count;
                    jv = JMaxUntil1; nextPc = rp + 3; nextTop = ctxs[cp].TopLevel;
                    goto doJump;
                }
                if ((count < code[rp + 2] || code[rp + 2] == SreOp.MAXREPEAT) && st.Ptr != st.Reps[r].LastPtr)
                {
                    // enough matches, but match another item if possible
                    st.Reps[r].Count = count;
                    ctxs[cp].LastMark = st.LastMark;
                    ctxs[cp].LastIndex = st.LastIndex;
                    st.MarkPush(ctxs[cp].LastMark);
                    st.DataPush(st.Reps[r].LastPtr);
                    st.Reps[r].LastPtr = st.Ptr;
                    jv = JMaxUntil2; nextPc = rp + 3; nextTop = ctxs[cp].TopLevel;
                    goto doJump;
                }
                goto maxUntilTail;
            }

            case SreOp.MIN_UNTIL:
            {
                int r = st.Repeat;
                if (r < 0) throw SreState.InternalError();
                ctxs[cp].U = r;
                st.Ptr = ptr;
                int count = st.Reps[r].Count + 1;
                ctxs[cp].Count = count;
                int rp = st.Reps[r].Pattern;
                if (count < code[rp + 1])
                {
                    st.Reps[r].Count = count;
                    jv = JMinUntil1; nextPc = rp + 3; nextTop = ctxs[cp].TopLevel;
                    goto doJump;
                }
                // see if the tail matches
                st.Repeat = st.Reps[r].Prev;
                ctxs[cp].LastMark = st.LastMark;
                ctxs[cp].LastIndex = st.LastIndex;
                if (st.Repeat >= 0) st.MarkPush(ctxs[cp].LastMark);
                jv = JMinUntil2; nextPc = pc; nextTop = ctxs[cp].TopLevel;
                goto doJump;
            }

            case SreOp.POSSESSIVE_REPEAT:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                // (3.11.2 installs no repeat context here, so a BRANCH inside does not restore stale marks:
                // observable in group spans, so kept)
                st.Ptr = ptr;
                ctxs[cp].Count = 0;
                goto possRepeatMin;

            case SreOp.ATOMIC_GROUP:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                st.Ptr = ptr;
                jv = JAtomicGroup; nextPc = pc + 1; nextTop = false;
                goto doJump;

            case SreOp.GROUPREF:
            {
                if (!GroupSpan(st, code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || s[ptr] != s[p]) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_IGNORE:
            {
                if (!GroupSpan(st, code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerAscii(s[ptr]) != SreChars.LowerAscii(s[p])) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_UNI_IGNORE:
            {
                if (!GroupSpan(st, code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerUnicode(s[ptr]) != SreChars.LowerUnicode(s[p])) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_LOC_IGNORE:
            {
                if (!GroupSpan(st, code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerLocale(s[ptr]) != SreChars.LowerLocale(s[p])) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_EXISTS:
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                if (!GroupSpan(st, code[pc], out _, out _)) { pc += (int)code[pc + 1]; goto dispatch; }
                pc += 2;
                goto dispatch;

            case SreOp.ASSERT:
                // <ASSERT> <skip> <back> <pattern>
                if ((uint)ptr < code[pc + 1]) goto failure;
                st.Ptr = ptr - (int)code[pc + 1];
                jv = JAssert; nextPc = pc + 2; nextTop = false;
                goto doJump;

            case SreOp.ASSERT_NOT:
                if ((uint)ptr >= code[pc + 1])
                {
                    st.Ptr = ptr - (int)code[pc + 1];
                    ctxs[cp].LastMark = st.LastMark;
                    ctxs[cp].LastIndex = st.LastIndex;
                    if (st.Repeat >= 0) st.MarkPush(ctxs[cp].LastMark);
                    jv = JAssertNot; nextPc = pc + 2; nextTop = false;
                    goto doJump;
                }
                pc += (int)code[pc];
                goto dispatch;

            case SreOp.FAILURE:
                goto failure;

            default:
                throw SreState.InternalError();
        }

    // ---- loops of the backtracking operators, re-entered when a sub-match returns ----

    branchLoop:
        while (code[pc] != 0)
        {
            uint op1 = code[pc + 1];
            if (op1 == SreOp.LITERAL && (ptr >= end || (uint)s[ptr] != code[pc + 2])) { pc += (int)code[pc]; continue; }
            if (op1 == SreOp.IN && (ptr >= end || !SreCharset.In(code, pc + 3, s[ptr]))) { pc += (int)code[pc]; continue; }
            st.Ptr = ptr;
            jv = JBranch; nextPc = pc + 1; nextTop = ctxs[cp].TopLevel;
            goto doJump;
        }
        if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
        goto failure;

    repeatOneLiteral:
        {
            long min = code[pc + 1];
            uint chr = (uint)ctxs[cp].U;
            int count = ctxs[cp].Count;
            while (count >= min && (ptr >= end || (uint)s[ptr] != chr)) { ptr--; count--; }
            ctxs[cp].Count = count;
            if (count < min)
            {
                if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
                goto failure;
            }
            st.Ptr = ptr;
            jv = JRepeatOne1; nextPc = pc + (int)code[pc]; nextTop = ctxs[cp].TopLevel;
            goto doJump;
        }

    repeatOneGeneral:
        if (ctxs[cp].Count < code[pc + 1])
        {
            if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
            goto failure;
        }
        st.Ptr = ptr;
        jv = JRepeatOne2; nextPc = pc + (int)code[pc]; nextTop = ctxs[cp].TopLevel;
        goto doJump;

    minRepeatOneLoop:
        if (code[pc + 2] == SreOp.MAXREPEAT || ctxs[cp].Count <= code[pc + 2])
        {
            st.Ptr = ptr;
            jv = JMinRepeatOne; nextPc = pc + (int)code[pc]; nextTop = ctxs[cp].TopLevel;
            goto doJump;
        }
        if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
        goto failure;

    maxUntilTail:
        // can't match more repeated items here: make sure the tail matches
        st.Repeat = st.Reps[ctxs[cp].U].Prev;
        jv = JMaxUntil3; nextPc = pc; nextTop = ctxs[cp].TopLevel;
        goto doJump;

    possRepeatMin:
        if (ctxs[cp].Count < code[pc + 1])
        {
            jv = JPossRepeat1; nextPc = pc + 3; nextTop = false;
            goto doJump;
        }
        ptr = -1; // differs from st.Ptr, so the loop below is entered
        goto possRepeatMore;

    possRepeatMore:
        if ((ctxs[cp].Count < code[pc + 2] || code[pc + 2] == SreOp.MAXREPEAT) && st.Ptr != ptr)
        {
            ctxs[cp].LastMark = st.LastMark;
            ctxs[cp].LastIndex = st.LastIndex;
            st.MarkPush(ctxs[cp].LastMark);
            // zero-width match protection: remember where this iteration started
            ptr = st.Ptr;
            jv = JPossRepeat2; nextPc = pc + 3; nextTop = false;
            goto doJump;
        }
        goto possRepeatTail;

    possRepeatTail:
        pc += (int)code[pc] + 1;
        ptr = st.Ptr;
        goto dispatch;

    // ---- calls and returns ----

    doJump:
        ctxs[cp].Pattern = pc;
        ctxs[cp].Ptr = ptr;
        if (++cp == ctxs.Length) ctxs = st.GrowCtx();
        ctxs[cp].Jump = jv;
        ctxs[cp].TopLevel = nextTop;
        pc = nextPc;
        goto entrance;

    success:
        ret = 1;
        goto exit;

    failure:
        ret = 0;
        goto exit;

    exit:
        jv = ctxs[cp].Jump;
        if (cp == baseCp)
        {
            st.CtxTop = baseCp;
            return ret;
        }
        cp--;
        pc = ctxs[cp].Pattern;
        ptr = ctxs[cp].Ptr;
        switch (jv)
        {
            case JBranch:
                if (ret != 0)
                {
                    if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
                    goto success;
                }
                if (st.Repeat >= 0) st.MarkPopKeep(ctxs[cp].LastMark);
                st.LastMark = ctxs[cp].LastMark;
                st.LastIndex = ctxs[cp].LastIndex;
                pc += (int)code[pc];
                goto branchLoop;

            case JRepeatOne1:
            case JRepeatOne2:
                if (ret != 0)
                {
                    if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
                    goto success;
                }
                if (st.Repeat >= 0) st.MarkPopKeep(ctxs[cp].LastMark);
                st.LastMark = ctxs[cp].LastMark;
                st.LastIndex = ctxs[cp].LastIndex;
                ptr--;
                ctxs[cp].Count--;
                if (jv == JRepeatOne1) goto repeatOneLiteral;
                goto repeatOneGeneral;

            case JMinRepeatOne:
            {
                if (ret != 0)
                {
                    if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
                    goto success;
                }
                if (st.Repeat >= 0) st.MarkPopKeep(ctxs[cp].LastMark);
                st.LastMark = ctxs[cp].LastMark;
                st.LastIndex = ctxs[cp].LastIndex;
                st.Ptr = ptr;
                st.CtxTop = cp + 1;
                int one = Count(st, s, code, pc + 3, 1);
                ctxs = st.Ctx;
                if (one == 0)
                {
                    if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
                    goto failure;
                }
                ptr++;
                ctxs[cp].Count++;
                goto minRepeatOneLoop;
            }

            case JRepeat:
                st.Repeat = st.Reps[ctxs[cp].U].Prev;
                st.FreeRepeat(ctxs[cp].U);
                if (ret != 0) goto success;
                goto failure;

            case JMaxUntil1:
                if (ret != 0) goto success;
                st.Reps[ctxs[cp].U].Count = ctxs[cp].Count - 1;
                st.Ptr = ptr;
                goto failure;

            case JMaxUntil2:
            {
                int r = ctxs[cp].U;
                st.Reps[r].LastPtr = st.DataPop();
                if (ret != 0)
                {
                    st.MarkPopDiscard(ctxs[cp].LastMark);
                    goto success;
                }
                st.MarkPop(ctxs[cp].LastMark);
                st.LastMark = ctxs[cp].LastMark;
                st.LastIndex = ctxs[cp].LastIndex;
                st.Reps[r].Count = ctxs[cp].Count - 1;
                st.Ptr = ptr;
                goto maxUntilTail;
            }

            case JMaxUntil3:
                st.Repeat = ctxs[cp].U;
                if (ret != 0) goto success;
                st.Ptr = ptr;
                goto failure;

            case JMinUntil1:
                if (ret != 0) goto success;
                st.Reps[ctxs[cp].U].Count = ctxs[cp].Count - 1;
                st.Ptr = ptr;
                goto failure;

            case JMinUntil2:
            {
                int r = ctxs[cp].U;
                bool tailRepeat = st.Repeat >= 0;
                st.Repeat = r;
                if (ret != 0)
                {
                    if (tailRepeat) st.MarkPopDiscard(ctxs[cp].LastMark);
                    goto success;
                }
                if (tailRepeat) st.MarkPop(ctxs[cp].LastMark);
                st.LastMark = ctxs[cp].LastMark;
                st.LastIndex = ctxs[cp].LastIndex;
                st.Ptr = ptr;
                int rp = st.Reps[r].Pattern;
                if ((ctxs[cp].Count >= code[rp + 2] && code[rp + 2] != SreOp.MAXREPEAT) || st.Ptr == st.Reps[r].LastPtr)
                    goto failure;
                st.Reps[r].Count = ctxs[cp].Count;
                st.DataPush(st.Reps[r].LastPtr);
                st.Reps[r].LastPtr = st.Ptr;
                jv = JMinUntil3; nextPc = rp + 3; nextTop = ctxs[cp].TopLevel;
                goto doJump;
            }

            case JMinUntil3:
            {
                int r = ctxs[cp].U;
                st.Reps[r].LastPtr = st.DataPop();
                if (ret != 0) goto success;
                st.Reps[r].Count = ctxs[cp].Count - 1;
                st.Ptr = ptr;
                goto failure;
            }

            case JPossRepeat1:
                if (ret != 0)
                {
                    ctxs[cp].Count++;
                    goto possRepeatMin;
                }
                st.Ptr = ptr;
                goto failure;

            case JPossRepeat2:
                if (ret != 0)
                {
                    st.MarkPopDiscard(ctxs[cp].LastMark);
                    ctxs[cp].Count++;
                    goto possRepeatMore;
                }
                st.MarkPop(ctxs[cp].LastMark);
                st.LastMark = ctxs[cp].LastMark;
                st.LastIndex = ctxs[cp].LastIndex;
                st.Ptr = ptr;
                goto possRepeatTail;

            case JAtomicGroup:
                if (ret == 0)
                {
                    st.Ptr = ptr;
                    goto failure;
                }
                pc += (int)code[pc];
                ptr = st.Ptr;
                goto dispatch;

            case JAssert:
                if (ret == 0) goto failure;
                pc += (int)code[pc];
                goto dispatch;

            case JAssertNot:
                if (ret != 0)
                {
                    if (st.Repeat >= 0) st.MarkPopDiscard(ctxs[cp].LastMark);
                    goto failure;
                }
                if (st.Repeat >= 0) st.MarkPop(ctxs[cp].LastMark);
                st.LastMark = ctxs[cp].LastMark;
                st.LastIndex = ctxs[cp].LastIndex;
                pc += (int)code[pc];
                goto dispatch;
        }
        throw SreState.InternalError();
    }
}
