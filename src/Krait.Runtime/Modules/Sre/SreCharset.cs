namespace Krait.Runtime;

/// <summary>Set membership for IN and friends: the charset program (LITERAL, CATEGORY, CHARSET bitmaps, RANGE,
/// RANGE_UNI_IGNORE, NEGATE, BIGCHARSET) that ends at FAILURE.</summary>
internal static class SreCharset
{
    public static bool In(uint[] code, int set, int ch)
    {
        uint c = (uint)ch;
        bool ok = true;
        for (;;)
        {
            switch (code[set++])
            {
                case SreOp.FAILURE:
                    return !ok;
                case SreOp.LITERAL:
                    if (c == code[set]) return ok;
                    set++;
                    break;
                case SreOp.CATEGORY:
                    if (SreChars.Category(code[set], ch)) return ok;
                    set++;
                    break;
                case SreOp.CHARSET:
                    if (c < 256 && (code[set + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0) return ok;
                    set += 8;
                    break;
                case SreOp.RANGE:
                    if (code[set] <= c && c <= code[set + 1]) return ok;
                    set += 2;
                    break;
                case SreOp.RANGE_UNI_IGNORE:
                {
                    // ch is already lower-cased
                    if (code[set] <= c && c <= code[set + 1]) return ok;
                    uint uc = (uint)SreChars.UpperUnicode(ch);
                    if (code[set] <= uc && uc <= code[set + 1]) return ok;
                    set += 2;
                    break;
                }
                case SreOp.NEGATE:
                    ok = !ok;
                    break;
                case SreOp.BIGCHARSET:
                {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                    int count = (int)code[set++];
                    int block = -1;
                    if (c < 0x10000)
                    {
                        int hi = (int)(c >> 8);
                        block = (int)((code[set + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF);
                    }
                    set += 64;
                    if (block >= 0)
                    {
                        int bit = block * 256 + (int)(c & 255);
                        if ((code[set + (bit >> 5)] & (1u << (bit & 31))) != 0) return ok;
                    }
                    set += count * 8;
                    break;
                }
                default:
                    // internal error: CPython pretends it did not match
                    return false;
            }
        }
    }

    /// <summary>charset_loc_ignore: the lower- or upper-case form (C locale) is in the set.</summary>
    public static bool InLocIgnore(uint[] code, int set, int ch)
    {
        int lo = SreChars.LowerLocale(ch);
        if (In(code, set, lo)) return true;
        int up = SreChars.UpperLocale(ch);
        return up != lo && In(code, set, up);
    }
}
