namespace Krait.Syntax.Tokenizer;

// Numeric literals, following tok_get's number branch: the same characters are read and backed up
// in the same order, because the error offsets depend on where the scan stops.
public sealed partial class PythonTokenizer
{
    private Token Number(int c, int start)
    {
        if (c == '0')
        {
            c = NextChar();
            if (c == 'x' || c == 'X')
            {
                c = NextChar();
                do
                {
                    if (c == '_') c = NextChar();
                    if (!CharClass.IsHexDigit(c))
                    {
                        Backup(c);
                        throw Error("invalid hexadecimal literal");
                    }
                    do c = NextChar(); while (CharClass.IsHexDigit(c));
                } while (c == '_');
                VerifyEndOfNumber(c, "hexadecimal");
            }
            else if (c == 'o' || c == 'O')
            {
                c = NextChar();
                do
                {
                    if (c == '_') c = NextChar();
                    if (c < '0' || c >= '8')
                    {
                        if (CharClass.IsDigit(c)) throw Error($"invalid digit '{(char)c}' in octal literal");
                        Backup(c);
                        throw Error("invalid octal literal");
                    }
                    do c = NextChar(); while (c >= '0' && c < '8');
                } while (c == '_');
                if (CharClass.IsDigit(c)) throw Error($"invalid digit '{(char)c}' in octal literal");
                VerifyEndOfNumber(c, "octal");
            }
            else if (c == 'b' || c == 'B')
            {
                c = NextChar();
                do
                {
                    if (c == '_') c = NextChar();
                    if (c != '0' && c != '1')
                    {
                        if (CharClass.IsDigit(c)) throw Error($"invalid digit '{(char)c}' in binary literal");
                        Backup(c);
                        throw Error("invalid binary literal");
                    }
                    do c = NextChar(); while (c == '0' || c == '1');
                } while (c == '_');
                if (CharClass.IsDigit(c)) throw Error($"invalid digit '{(char)c}' in binary literal");
                VerifyEndOfNumber(c, "binary");
            }
            else
            {
                bool nonzero = false;
                // Leading zeros: "0", "0_0", "00" are fine; "012" is an old-style octal.
                for (;;)
                {
                    if (c == '_')
                    {
                        c = NextChar();
                        if (!CharClass.IsDigit(c))
                        {
                            Backup(c);
                            throw Error("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = NextChar();
                }
                int zerosEnd = _pos;
                if (CharClass.IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                }
                if (c == '.')
                {
                    c = NextChar();
                    return Fraction(c, start);
                }
                if (c == 'e' || c == 'E') return Exponent(c, start);
                if (c == 'j' || c == 'J') return Imaginary(start);
                if (nonzero)
                {
                    Backup(c);
                    throw ErrorRange(ByteCol(_lineStart, start) + 1, ByteCol(_lineStart, zerosEnd),
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                }
                VerifyEndOfNumber(c, "decimal");
            }
        }
        else
        {
            c = DecimalTail();
            if (c == '.')
            {
                c = NextChar();
                return Fraction(c, start);
            }
            if (c == 'e' || c == 'E') return Exponent(c, start);
            if (c == 'j' || c == 'J') return Imaginary(start);
            VerifyEndOfNumber(c, "decimal");
        }
        Backup(c);
        return MakeToken(TokenKind.Number, start, _pos);
    }

    /// <summary>After the '.' of a float; <paramref name="c"/> is the character after it.</summary>
    private Token Fraction(int c, int start)
    {
        if (CharClass.IsDigit(c)) c = DecimalTail();
        if (c == 'e' || c == 'E') return Exponent(c, start);
        if (c == 'j' || c == 'J') return Imaginary(start);
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return MakeToken(TokenKind.Number, start, _pos);
    }

    private Token Exponent(int e, int start)
    {
        int c = NextChar();
        if (c == '+' || c == '-')
        {
            c = NextChar();
            if (!CharClass.IsDigit(c))
            {
                Backup(c);
                throw Error("invalid decimal literal");
            }
        }
        else if (!CharClass.IsDigit(c))
        {
            Backup(c);
            VerifyEndOfNumber(e, "decimal");
            Backup(e);
            return MakeToken(TokenKind.Number, start, _pos);
        }
        c = DecimalTail();
        if (c == 'j' || c == 'J') return Imaginary(start);
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return MakeToken(TokenKind.Number, start, _pos);
    }

    private Token Imaginary(int start)
    {
        int c = NextChar();
        VerifyEndOfNumber(c, "imaginary");
        Backup(c);
        return MakeToken(TokenKind.Number, start, _pos);
    }

    /// <summary>tok_decimal_tail: digits with single underscores between them.</summary>
    private int DecimalTail()
    {
        int c;
        for (;;)
        {
            do c = NextChar(); while (CharClass.IsDigit(c));
            if (c != '_') break;
            c = NextChar();
            if (!CharClass.IsDigit(c))
            {
                Backup(c);
                throw Error("invalid decimal literal");
            }
        }
        return c;
    }

    /// <summary>verify_end_of_number: a number directly followed by a keyword that can follow a
    /// number in valid code (and, else, for, if, in, is, not, or) gets a SyntaxWarning; followed by
    /// any other identifier character it is an error.</summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        bool r = false;
        switch (c)
        {
            case 'a': r = LookAhead("nd"); break;
            case 'e': r = LookAhead("lse"); break;
            case 'f': r = LookAhead("or"); break;
            case 'i':
                int c2 = NextChar();
                r = c2 == 'f' || c2 == 'n' || c2 == 's';
                Backup(c2);
                break;
            case 'o': r = LookAhead("r"); break;
            case 'n': r = LookAhead("ot"); break;
        }
        if (r)
        {
            // The error form points at the character after the number (tok->cur after tok_backup).
            (Warnings ??= new()).Add(new TokenizerWarning("SyntaxWarning", $"invalid {kind} literal", _lineno,
                CodePoints(_lineStart, _pos) - 1, LineText(_lineStart, withNewline: false)));
            return;
        }
        // 3.11.2 counts any non-ASCII character here (later 3.11 releases leave it to the identifier check).
        if (c >= 0x80 || (c >= 0 && CharClass.IsIdentifierChar((char)c)))
        {
            Backup(c);
            throw Error($"invalid {kind} literal");
        }
    }

    /// <summary>True if the next characters are <paramref name="rest"/> and then not an identifier
    /// character; reads nothing in the end.</summary>
    private bool LookAhead(string rest)
    {
        int save = _pos;
        bool result = true;
        for (int i = 0; i < rest.Length; i++)
        {
            if (save + i >= _end) { _eof = true; return false; }
            if (_buf[save + i] != rest[i]) { result = false; break; }
        }
        if (result)
        {
            int after = save + rest.Length;
            if (after >= _end) _eof = true;
            int c = after < _end ? _buf[after] : Eof;
            result = !(c >= 0x80 || (c >= 0 && CharClass.IsIdentifierChar((char)c)));
        }
        return result;
    }
}
