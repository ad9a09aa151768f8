namespace Krait.Runtime;

// ASCII case conversions and the is* predicates (Objects/bytes_methods.c: only ASCII letters have case).
internal static partial class ByteSeq
{
    private static bool IsLower(byte c) => c is >= (byte)'a' and <= (byte)'z';
    private static bool IsUpper(byte c) => c is >= (byte)'A' and <= (byte)'Z';
    private static bool IsAlpha(byte c) => IsLower(c) || IsUpper(c);
    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';
    private static byte ToLower(byte c) => IsUpper(c) ? (byte)(c + 32) : c;
    private static byte ToUpper(byte c) => IsLower(c) ? (byte)(c - 32) : c;

    private static PyObject CaseMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, int kind)
    {
        ArgBinder.None(Q(self, name), args, kw);
        var s = Span(self);
        var r = new byte[s.Length];
        bool prevCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            switch (kind)
            {
                case 0: r[i] = ToLower(c); break;
                case 1: r[i] = ToUpper(c); break;
                case 2: r[i] = IsUpper(c) ? ToLower(c) : ToUpper(c); break;
                case 3: r[i] = i == 0 ? ToUpper(c) : ToLower(c); break;
                default:
                    if (IsLower(c)) r[i] = prevCased ? c : ToUpper(c);
                    else if (IsUpper(c)) r[i] = prevCased ? ToLower(c) : c;
                    else r[i] = c;
                    prevCased = IsAlpha(c);
                    break;
            }
        }
        return Make(self, r);
    }

    private static PyObject PredicateMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        ArgBinder.None(Q(self, name), args, kw);
        var s = Span(self);
        switch (name)
        {
            case "isascii":
                foreach (byte c in s) if (c >= 128) return PyBool.False;
                return PyBool.True;
            case "islower" or "isupper":
                bool cased = false;
                foreach (byte c in s)
                {
                    if (name == "islower" ? IsUpper(c) : IsLower(c)) return PyBool.False;
                    if (IsAlpha(c)) cased = true;
                }
                return PyBool.From(cased);
            case "istitle":
                bool result = false, prev = false;
                foreach (byte c in s)
                {
                    if (IsUpper(c)) { if (prev) return PyBool.False; prev = true; result = true; }
                    else if (IsLower(c)) { if (!prev) return PyBool.False; prev = true; result = true; }
                    else prev = false;
                }
                return PyBool.From(result);
        }
        if (s.Length == 0) return PyBool.False;
        foreach (byte c in s)
        {
            bool ok = name switch
            {
                "isalnum" => IsAlpha(c) || IsDigit(c),
                "isalpha" => IsAlpha(c),
                "isdigit" => IsDigit(c),
                _ => IsSpace(c),
            };
            if (!ok) return PyBool.False;
        }
        return PyBool.True;
    }
}
