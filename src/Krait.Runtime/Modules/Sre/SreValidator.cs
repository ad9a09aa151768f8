namespace Krait.Runtime;

/// <summary>The checks of sre.c's _validate: code that re._compiler would not produce (unknown opcodes, skips that
/// leave their block or don't move forward, marks and group references beyond the pattern's groups, malformed
/// INFO blocks and charsets) is refused with RuntimeError("invalid SRE code") when compiled, so the matcher can
/// rely on every skip moving forward inside the code.</summary>
internal sealed class SreValidator
{
    private readonly uint[] _code;
    private readonly int _groups;

    private SreValidator(uint[] code, int groups)
    {
        _code = code;
        _groups = groups;
    }

    public static void Validate(uint[] code, int groups)
    {
        var v = new SreValidator(code, groups);
        if (!v.Block(0, code.Length)) throw PyErr.RuntimeError("invalid SRE code");
    }

    /// <summary>The skip word at <paramref name="pc"/>: its target pc+skip must lie in (pc, end].</summary>
    private bool Skip(int pc, int end, out int target)
    {
        target = 0;
        if (pc >= end) return false;
        uint skip = _code[pc];
        if (skip == 0 || skip > (uint)(end - pc)) return false;
        target = pc + (int)skip;
        return true;
    }

    /// <summary>A sequence of operations filling exactly [pc, end).</summary>
    private bool Block(int pc, int end)
    {
        uint[] code = _code;
        while (pc < end)
        {
            uint op = code[pc++];
            int target;
            switch (op)
            {
                case SreOp.FAILURE:
                case SreOp.SUCCESS:
                case SreOp.ANY:
                case SreOp.ANY_ALL:
                case SreOp.MAX_UNTIL:
                case SreOp.MIN_UNTIL:
                    break;
                case SreOp.MARK:
                    if (pc >= end || code[pc] >= 2u * (uint)_groups) return false;
                    pc++;
                    break;
                case SreOp.AT:
                    if (pc >= end || code[pc] > SreOp.AT_UNI_NON_BOUNDARY) return false;
                    pc++;
                    break;
                case SreOp.CATEGORY:
                    if (pc >= end || code[pc] > SreOp.CATEGORY_UNI_NOT_LINEBREAK) return false;
                    pc++;
                    break;
                case SreOp.LITERAL:
                case SreOp.NOT_LITERAL:
                case SreOp.LITERAL_IGNORE:
                case SreOp.NOT_LITERAL_IGNORE:
                case SreOp.LITERAL_UNI_IGNORE:
                case SreOp.NOT_LITERAL_UNI_IGNORE:
                case SreOp.LITERAL_LOC_IGNORE:
                case SreOp.NOT_LITERAL_LOC_IGNORE:
                    if (pc >= end) return false;
                    pc++;
                    break;
                case SreOp.GROUPREF:
                case SreOp.GROUPREF_IGNORE:
                case SreOp.GROUPREF_UNI_IGNORE:
                case SreOp.GROUPREF_LOC_IGNORE:
                    if (pc >= end || code[pc] >= (uint)_groups) return false;
                    pc++;
                    break;
                case SreOp.JUMP:
                    // the end of a BRANCH alternative or of a conditional's yes-branch: forward, inside the code
                    if (!Skip(pc, code.Length, out _)) return false;
                    pc++;
                    break;
                case SreOp.IN:
                case SreOp.IN_IGNORE:
                case SreOp.IN_UNI_IGNORE:
                case SreOp.IN_LOC_IGNORE:
                    if (!Skip(pc, end, out target) || !Charset(pc + 1, target)) return false;
                    pc = target;
                    break;
                case SreOp.INFO:
                    if (!Skip(pc, end, out target) || !Info(pc, target)) return false;
                    pc = target;
                    break;
                case SreOp.BRANCH:
                    if (pc >= end || code[pc] == 0) return false; // at least one alternative
                    for (;;)
                    {
                        if (pc >= end) return false;
                        if (code[pc] == 0) { pc++; break; }
                        if (!Skip(pc, end, out target) || !Block(pc + 1, target)) return false;
                        pc = target;
                    }
                    break;
                case SreOp.REPEAT_ONE:
                case SreOp.MIN_REPEAT_ONE:
                case SreOp.POSSESSIVE_REPEAT_ONE:
                    // <op> <skip> <min> <max> item <SUCCESS> tail
                    if (end - pc < 4 || code[pc + 1] > code[pc + 2] || !Skip(pc, end, out target) || target < pc + 4) return false;
                    if (code[target - 1] != SreOp.SUCCESS || !Block(pc + 3, target)) return false;
                    pc = target;
                    break;
                case SreOp.REPEAT:
                case SreOp.POSSESSIVE_REPEAT:
                    // <op> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL|SUCCESS> tail
                    if (end - pc < 4 || code[pc + 1] > code[pc + 2] || !Skip(pc, end - 1, out target) || target < pc + 3) return false;
                    if (!Block(pc + 3, target)) return false;
                    if (op == SreOp.REPEAT ? code[target] is not (SreOp.MAX_UNTIL or SreOp.MIN_UNTIL) : code[target] != SreOp.SUCCESS)
                        return false;
                    pc = target + 1;
                    break;
                case SreOp.ATOMIC_GROUP:
                    if (!Skip(pc, end, out target) || target < pc + 2 || code[target - 1] != SreOp.SUCCESS || !Block(pc + 1, target))
                        return false;
                    pc = target;
                    break;
                case SreOp.ASSERT:
                case SreOp.ASSERT_NOT:
                    // <op> <skip> <back> pattern <SUCCESS>
                    if (end - pc < 3 || !Skip(pc, end, out target) || target < pc + 3 || code[target - 1] != SreOp.SUCCESS)
                        return false;
                    if (!Block(pc + 2, target)) return false;
                    pc = target;
                    break;
                case SreOp.GROUPREF_EXISTS:
                    // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip>] no: the no-branch follows inline
                    if (end - pc < 2 || code[pc] >= (uint)_groups || !Skip(pc + 1, end, out _)) return false;
                    target = pc + (int)code[pc + 1];
                    if (target < pc + 2 || !Block(pc + 2, target)) return false;
                    pc = target;
                    break;
                default:
                    return false;
            }
        }
        return pc == end;
    }

    /// <summary>An INFO block: [pc] skip, [pc+1] flags, [pc+2] min, [pc+3] max, then a prefix or a charset.</summary>
    private bool Info(int pc, int end)
    {
        uint[] code = _code;
        if (end - pc < 4) return false;
        uint flags = code[pc + 1];
        if (code[pc + 2] > code[pc + 3] && code[pc + 3] != 0) return false;
        if ((flags & ~(SreOp.INFO_PREFIX | SreOp.INFO_LITERAL | SreOp.INFO_CHARSET)) != 0) return false;
        if ((flags & SreOp.INFO_PREFIX) != 0)
        {
            if ((flags & SreOp.INFO_CHARSET) != 0 || end - pc < 6) return false;
            uint len = code[pc + 4], skip = code[pc + 5];
            if (len == 0 || skip > len || len > (uint)(end - pc - 6) / 2) return false;
            int overlap = pc + 6 + (int)len;
            // overlap[i] < i + 1 keeps the prefix scan moving forward
            for (int i = 0; i < len; i++)
                if (code[overlap + i] > (uint)i) return false;
            return overlap + (int)len == end;
        }
        if ((flags & SreOp.INFO_LITERAL) != 0) return false;
        if ((flags & SreOp.INFO_CHARSET) != 0) return Charset(pc + 4, end);
        return pc + 4 == end;
    }

    /// <summary>A charset program filling [pc, end) and ending in FAILURE.</summary>
    private bool Charset(int pc, int end)
    {
        uint[] code = _code;
        while (pc < end)
        {
            switch (code[pc++])
            {
                case SreOp.FAILURE:
                    return pc == end;
                case SreOp.NEGATE:
                    break;
                case SreOp.LITERAL:
                    if (pc >= end) return false;
                    pc++;
                    break;
                case SreOp.CATEGORY:
                    if (pc >= end || code[pc] > SreOp.CATEGORY_UNI_NOT_LINEBREAK) return false;
                    pc++;
                    break;
                case SreOp.CHARSET:
                    if (end - pc < 8) return false;
                    pc += 8;
                    break;
                case SreOp.RANGE:
                case SreOp.RANGE_UNI_IGNORE:
                    if (end - pc < 2 || code[pc] > code[pc + 1]) return false;
                    pc += 2;
                    break;
                case SreOp.BIGCHARSET:
                {
                    if (pc >= end) return false;
                    uint count = code[pc++];
                    if (end - pc < 64 || count > 256 || (uint)(end - pc - 64) / 8 < count) return false;
                    for (int i = 0; i < 256; i++)
                        if (((code[pc + (i >> 2)] >> ((i & 3) * 8)) & 0xFF) >= count) return false;
                    pc += 64 + (int)count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
        return false;
    }
}
