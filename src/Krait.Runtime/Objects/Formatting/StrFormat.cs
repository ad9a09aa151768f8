using System.Runtime.CompilerServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>str.format and str.format_map (Objects/stringlib/unicode_format.h): literal text with {{ }}
/// escapes, replacement fields {name.attr[key]!conv:spec} with specs expanded one level deep, and
/// automatic or manual field numbering (never both).</summary>
internal ref struct StrFormat
{
    private enum Numbering { Init, Auto, Manual }

    // str.format's arguments as the call passed them (no tuple, no dict): positional, then the keyword values
    // named by _kwNames (exact strs). format_map has no positional arguments (they are an error) and a mapping.
    private readonly ReadOnlySpan<PyObject> _args;
    private readonly bool _positional;
    private readonly ReadOnlySpan<PyObject> _kwValues;
    private readonly PyTuple? _kwNames;
    private readonly PyObject? _mapping;
    private Numbering _numbering;
    private int _nextField;

    private StrFormat(ReadOnlySpan<PyObject> args, bool positional, ReadOnlySpan<PyObject> kwValues, PyTuple? kwNames, PyObject? mapping)
    {
        _args = args;
        _positional = positional;
        _kwValues = kwValues;
        _kwNames = kwNames;
        _mapping = mapping;
    }

    /// <summary>Adds format, format_map, __format__ and the % operator to str.</summary>
    public static void Register(PyType t)
    {
        BuiltinFormat.Register(t, (o, spec) => BuiltinFormat.FormatStr((PyStr)o, spec));
        t.Number[(int)NumberOp.Remainder] = PercentFormat.Remainder;
        TypeBuilder.Method(t, "format", (self, args, kw) =>
        {
            var fmt = (PyStr)self!;
            if (NoFields(fmt)) return fmt;
            int nk = kw?.Count ?? 0, npos = args.Length - nk;
            if (nk == 0 || AllExactStr(kw!))
                return new PyStr(new StrFormat(args[..npos], true, args[npos..], nk == 0 ? null : kw, null).Build(fmt, 0, fmt.Length, 2));
            // Keyword names that are str subclasses are looked up as CPython does, in a dict of the keywords.
            var kwargs = new PyDict();
            for (int i = 0; i < nk; i++) kwargs.SetItem(kw![i], args[npos + i]);
            return new PyStr(new StrFormat(args[..npos], true, default, null, kwargs).Build(fmt, 0, fmt.Length, 2));
        });
        TypeBuilder.Method(t, "format_map", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("str.format_map", args, kw, 1);
            var fmt = (PyStr)self!;
            return NoFields(fmt) ? fmt : new PyStr(new StrFormat(default, false, default, null, args[0]).Build(fmt, 0, fmt.Length, 2));
        });
    }

    // Like CPython's writer, a format string with no braces comes back as the very object (a subclass too).
    private static bool NoFields(PyStr fmt) => fmt.Value.AsSpan().IndexOfAny('{', '}') < 0;

    private static bool AllExactStr(PyTuple names)
    {
        for (int i = 0; i < names.Count; i++)
            if (!ReferenceEquals(names[i].Type, PyType.StrType)) return false;
        return true;
    }

    private string Build(PyStr s, int start, int end, int depth)
    {
        if (depth <= 0) throw PyErr.ValueError("Max string recursion exceeded");
        var sb = BuilderCache.Acquire();
        int pos = start;
        while (pos < end)
        {
            int litStart = pos, c = 0;
            bool markup = false;
            if (s.IsAllBmp)
            {
                // The literal text up to the next brace in one search of the storage (code points are UTF-16 units).
                int k = s.Value.AsSpan(pos, end - pos).IndexOfAny('{', '}');
                pos = k < 0 ? end : pos + k;
            }
            while (pos < end)
            {
                c = s.CodePointAt(pos++);
                if (c is '{' or '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - litStart;
            if (c == '}' && (atEnd || s.CodePointAt(pos) != '}'))
                throw PyErr.ValueError("Single '}' encountered in format string");
            if (atEnd && c == '{') throw PyErr.ValueError("Single '{' encountered in format string");
            if (!atEnd)
            {
                if (c == s.CodePointAt(pos)) { pos++; markup = false; }
                else len--;
            }
            if (len > 0) sb.Append(s.SubstringCp(litStart, litStart + len));
            if (!markup) continue;
            var field = ParseField(s, ref pos, end);
            RenderField(sb, s, field, depth);
        }
        return BuilderCache.ToStringAndRelease(sb);
    }

    internal struct Field
    {
        public int NameStart, NameEnd, SpecStart, SpecEnd;
        public int Conversion;
        public bool SpecNeedsExpanding;
    }

    // parse_field: the field name ends at '}', ':' or '!' (brackets may hold any of them).
    internal static Field ParseField(PyStr s, ref int pos, int end)
    {
        var f = new Field { NameStart = pos };
        int c = 0;
        while (pos < end)
        {
            c = s.CodePointAt(pos++);
            if (c == '{') throw PyErr.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < end && s.CodePointAt(pos) != ']') pos++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        f.NameEnd = pos - 1;
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (pos >= end) throw PyErr.ValueError("end of string while looking for conversion specifier");
                f.Conversion = s.CodePointAt(pos++);
                if (pos < end)
                {
                    c = s.CodePointAt(pos++);
                    if (c == '}') { f.SpecStart = f.SpecEnd = pos; return f; }
                    if (c != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
                }
            }
            f.SpecStart = pos;
            int count = 1;
            while (pos < end)
            {
                c = s.CodePointAt(pos++);
                if (c == '{') { f.SpecNeedsExpanding = true; count++; }
                else if (c == '}' && --count == 0) { f.SpecEnd = pos - 1; return f; }
            }
            throw PyErr.ValueError("unmatched '{' in format spec");
        }
        if (c != '}') throw PyErr.ValueError("expected '}' before end of string");
        f.SpecStart = f.SpecEnd = pos;
        return f;
    }

    private void RenderField(StringBuilder sb, PyStr s, in Field field, int depth)
    {
        var obj = FieldObject(s, field.NameStart, field.NameEnd);
        if (field.Conversion != 0)
        {
            obj = field.Conversion switch
            {
                'r' => Ops.Repr(obj),
                's' => Ops.Str(obj),
                'a' => Ops.Ascii(obj),
                _ => throw PyErr.ValueError(field.Conversion > 32 && field.Conversion < 127
                    ? $"Unknown conversion specifier {(char)field.Conversion}"
                    : $"Unknown conversion specifier \\x{field.Conversion:x}"),
            };
        }
        if (field.SpecNeedsExpanding)
        {
            var spec = new PyStr(Build(s, field.SpecStart, field.SpecEnd, depth - 1));
            BuiltinFormat.AppendFormatted(sb, obj, spec, 0, spec.Length);
        }
        else BuiltinFormat.AppendFormatted(sb, obj, s, field.SpecStart, field.SpecEnd);
    }

    // get_field_object: the first part indexes args (a number or empty) or kwargs (a name); then .attr and [key].
    private PyObject FieldObject(PyStr s, int start, int end)
    {
        int i = start;
        while (i < end && s.CodePointAt(i) is not ('.' or '[')) i++;
        long index = ParseIndex(s, start, i);
        bool empty = i == start;
        if (empty || index != -1)
        {
            if (_numbering == Numbering.Init) _numbering = empty ? Numbering.Auto : Numbering.Manual;
            if (_numbering == Numbering.Manual && empty)
                throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (_numbering == Numbering.Auto && !empty)
                throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
            if (empty) index = _nextField++;
        }
        PyObject obj;
        if (index == -1) obj = Keyword(s, start, i);
        else
        {
            if (!_positional) throw PyErr.ValueError("Format string contains positional fields");
            if (index >= _args.Length)
                throw PyErr.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = _args[(int)index];
        }
        while (i < end)
        {
            int c = s.CodePointAt(i++);
            int nameStart = i;
            if (c == '.')
            {
                while (i < end && s.CodePointAt(i) is not ('.' or '[')) i++;
                if (i == nameStart) throw PyErr.ValueError("Empty attribute in format string");
                obj = Ops.GetAttr(obj, new PyStr(s.SubstringCp(nameStart, i)));
                continue;
            }
            if (c != '[') throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            bool closed = false;
            while (i < end) { if (s.CodePointAt(i++) == ']') { closed = true; break; } }
            if (!closed) throw PyErr.ValueError("Missing ']' in format string");
            int nameEnd = i - 1;
            long idx = ParseIndex(s, nameStart, nameEnd);
            if (nameEnd == nameStart) throw PyErr.ValueError("Empty attribute in format string");
            obj = Ops.GetItem(obj, idx == -1 ? new PyStr(s.SubstringCp(nameStart, nameEnd)) : PyInt.FromLong(idx));
        }
        return obj;
    }

    /// <summary>The keyword argument named by the code points [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="s"/>: found among the call's names without making a str of the name (the last of equal names,
    /// as a dict built from them keeps), or looked up in the mapping; KeyError when missing.</summary>
    private readonly PyObject Keyword(PyStr s, int start, int end)
    {
        if (_kwNames is not null)
        {
            int from = s.Utf16Index(start);
            var name = s.Value.AsSpan(from, s.Utf16Index(end) - from);
            for (int k = _kwNames.Count - 1; k >= 0; k--)
                if (name.SequenceEqual(Unsafe.As<PyStr>(_kwNames[k]).Value)) return _kwValues[k];
        }
        var key = new PyStr(s.SubstringCp(start, end));
        if (_mapping is null) throw PyErr.KeyError(key);
        return Ops.GetItem(_mapping, key);
    }

    /// <summary>get_integer: the decimal value of [start, end), or −1 when empty or not all digits.</summary>
    internal static long ParseIndex(PyStr s, int start, int end)
    {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; i++)
        {
            int d = FormatSpec.DecimalValue(s.CodePointAt(i));
            if (d < 0) return -1;
            if (acc > (long.MaxValue - d) / 10) throw PyErr.ValueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }
}
