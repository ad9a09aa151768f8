namespace Krait.Runtime;

internal static partial class SreEngine<TS> where TS : struct, ISreSubject
{
    /// <summary>SRE(search): tries each start position from st.Start on, using the INFO block's literal prefix
    /// (with its overlap table) or first-character set to skip positions that can't match.</summary>
    internal static int Search(SreState st, TS s)
    {
        uint[] code = st.Code;
        int ptr = st.Start;
        int end = st.End;
        int status;
        int prefixLen = 0, prefixSkip = 0, prefix = 0, charset = -1, overlap = 0;
        uint flags = 0;
        int pc = 0;

        if (ptr > end) return 0;

        if (code[0] == SreOp.INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && (uint)(end - ptr) < code[3]) return 0;
            if (code[3] > 1)
            {
                // adjust the end point, leaving at least one character for the literal search
                end -= (int)code[3] - 1;
                if (end <= ptr) end = ptr;
            }
            if ((flags & SreOp.INFO_PREFIX) != 0)
            {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            }
            else if ((flags & SreOp.INFO_CHARSET) != 0)
                charset = 5;
            pc = 1 + (int)code[1];
        }

        if (prefixLen == 1)
        {
            // the pattern starts with a literal character
            uint c = code[prefix];
            end = st.End;
            st.MustAdvance = false;
            while (ptr < end)
            {
                while ((uint)s[ptr] != c)
                {
                    if (++ptr >= end) return 0;
                }
                st.Start = ptr;
                st.Ptr = ptr + prefixSkip;
                if ((flags & SreOp.INFO_LITERAL) != 0) return 1;
                status = Match(st, s, pc + 2 * prefixSkip, false);
                if (status != 0) return status;
                ++ptr;
                st.LastMark = st.LastIndex = -1;
            }
            return 0;
        }

        if (prefixLen > 1)
        {
            // a known prefix: skip forward with the overlap table (KMP)
            end = st.End;
            if (prefixLen > end - ptr) return 0;
            while (ptr < end)
            {
                uint c = code[prefix];
                while ((uint)s[ptr++] != c)
                {
                    if (ptr >= end) return 0;
                }
                if (ptr >= end) return 0;
                int i = 1;
                st.MustAdvance = false;
                do
                {
                    if ((uint)s[ptr] == code[prefix + i])
                    {
                        if (++i != prefixLen)
                        {
                            if (++ptr >= end) return 0;
                            continue;
                        }
                        // a potential match
                        st.Start = ptr - (prefixLen - 1);
                        st.Ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & SreOp.INFO_LITERAL) != 0) return 1;
                        status = Match(st, s, pc + 2 * prefixSkip, false);
                        if (status != 0) return status;
                        // close, but no cigar: try again
                        if (++ptr >= end) return 0;
                        st.LastMark = st.LastIndex = -1;
                    }
                    i = (int)code[overlap + i];
                } while (i != 0);
            }
            return 0;
        }

        if (charset >= 0)
        {
            // the pattern starts with a character from a known set
            end = st.End;
            st.MustAdvance = false;
            for (;;)
            {
                while (ptr < end && !SreCharset.In(code, charset, s[ptr])) ptr++;
                if (ptr >= end) return 0;
                st.Start = ptr;
                st.Ptr = ptr;
                status = Match(st, s, pc, false);
                if (status != 0) return status;
                ptr++;
                st.LastMark = st.LastIndex = -1;
            }
        }

        // general case
        st.Start = st.Ptr = ptr;
        status = Match(st, s, pc, true);
        st.MustAdvance = false;
        if (status == 0 && code[pc] == SreOp.AT && (code[pc + 1] == SreOp.AT_BEGINNING || code[pc + 1] == SreOp.AT_BEGINNING_STRING))
        {
            st.Start = st.Ptr = end;
            return 0;
        }
        while (status == 0 && ptr < end)
        {
            ptr++;
            st.LastMark = st.LastIndex = -1;
            st.Start = st.Ptr = ptr;
            status = Match(st, s, pc, false);
        }
        return status;
    }
}
