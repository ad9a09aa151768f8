using F = Krait.Runtime.MarshalFormat;

namespace Krait.Runtime;

// CPython's w_ref gives an object FLAG_REF when its reference count is above 1. Krait has no reference
// counts, so the writer emulates the counts a CPython program has in the common cases:
//  - the value given to dumps() is held by the caller too when it was loaded from a variable, a constant, an
//    attribute or a container, not when the call's argument built it (MarshalModule.FirstArgumentIsShared);
//  - CPython's cached singletons are shared: small ints (-5..256), '' and 1-character Latin-1 strs, b'' and
//    1-byte bytes, (), frozenset(); interned strs always are (identifiers, name-like constants);
//  - a constant-like value (int, float, complex, str, bytes, tuple of those) inside other data was loaded from
//    a code object's constants, so they hold it too; while the __main__ script runs, its AST (kept alive by the
//    interpreter until the script ends) also holds every literal, items of constant tuples included: shared.
//    Any other item (a list in a list, a frozenset …) is held only by its container;
//  - an item of a code object's co_consts (of a compile() result or an imported module: no AST any more) is
//    held only by co_consts, unless the same value occurs elsewhere in the code: CPython's compiler merges
//    equal constants of one compilation into one object (not frozensets: only a merged tuple shares one; the
//    items of a frozenset constant keep a second reference from the merge);
//  - code objects: the top one and co_code (cached by the code object) are shared; nested code objects are
//    not; co_consts, co_names, co_localsplusnames, co_linetable and co_exceptiontable are merged with equal
//    ones of the compilation (shared when one occurs twice, or empty); names are interned, and so are the
//    identifiers of a from-import list or of a call's keywords; co_filename is shared by every code object of
//    a compilation; co_name is interned or a static str such as '<module>'; co_qualname is the co_name object
//    itself for a top-level definition, a class body's __qualname__ constant, or a str of its own.
// An object that occurs twice in the data (by identity, or by value for constant-like ones) is shared.
internal sealed partial class MarshalWriter
{
    private enum Context { Top, Runtime, CodeConst }

    /// <summary>How many times each object (by <see cref="MarshalRefKey"/>) occurs in the data.</summary>
    private readonly Dictionary<object, int>? _counts;

    /// <summary>Counts occurrences; the children of an object are visited on its first occurrence only (a merged
    /// constant tuple holds its items once).</summary>
    private void CountShared(PyObject v, int depth)
    {
        if (depth > F.MaxDepth || v is PyNone or PyBool or PyEllipsis) return;
        var key = KeyOf(v);
        _counts!.TryGetValue(key, out int n);
        _counts[key] = n + 1;
        if (n > 0) return;
        switch (v)
        {
            case PyTuple t:
                foreach (var item in t.AsSpan()) CountShared(item, depth + 1);
                break;
            case PyList l:
                for (int k = 0; k < l.Count; k++) CountShared(l[k], depth + 1);
                break;
            case PyDict d:
            {
                int pos = 0;
                while (d.Next(ref pos, out var key2, out var value))
                {
                    CountShared(key2, depth + 1);
                    CountShared(value, depth + 1);
                }
                break;
            }
            case PySetBase s:
            {
                var it = Ops.GetIter(s);
                while (Ops.Next(it) is { } item) CountShared(item, depth + 1);
                break;
            }
            case PyCode c:
                // The compiler merges co_consts, co_names and co_localsplusnames with equal tuples of the same
                // compilation (merge_const_one in makecode), and a class body's __qualname__ constant is the
                // co_qualname object itself.
                CountShared(PyTuple.Wrap(c.Consts), depth + 1);
                CountShared(PyTuple.Wrap(c.Names), depth + 1);
                CountShared(PyTuple.Wrap(c.LocalsPlusNames), depth + 1);
                if (c.QualName.Value != c.Name.Value && HasStrConst(c, c.QualName.Value)) CountKey(new MarshalRefKey('s', c.QualName.Value));
                // The assembler merges co_linetable and co_exceptiontable too (merge_const_one in assemble).
                CountKey(new MarshalRefKey('b', c.Source.LineTable));
                CountKey(new MarshalRefKey('b', c.Source.ExceptionTable));
                break;
        }
    }

    private void CountKey(object key)
    {
        _counts!.TryGetValue(key, out int n);
        _counts[key] = n + 1;
    }

    /// <summary>Keys computed once per object of the data.</summary>
    private readonly Dictionary<PyObject, object> _keys = new(ReferenceEqualityComparer.Instance);

    private object KeyOf(PyObject v)
    {
        if (!_keys.TryGetValue(v, out var key)) _keys[v] = key = MarshalRefKey.Of(v);
        return key;
    }

    private int CountOf(object key) => _counts!.TryGetValue(key, out int n) ? n : 0;

    /// <summary>Whether CPython would see a reference count above 1 (see the comment at the top of the file).</summary>
    private bool ShouldRef(PyObject v, Context ctx)
    {
        if ((ctx == Context.Top && _topShared) || IsSingleton(v)) return true;
        if (CountOf(KeyOf(v)) >= 2) return true;
        if (ctx is Context.CodeConst or Context.Top) return false;
        // A frozenset is never a constant a program loads (only the compiler's `in {…}` makes one): built at run time.
        return v is PyCode || (MarshalRefKey.IsConstantLike(v) && !ContainsFrozenSet(v));
    }

    private static bool ContainsFrozenSet(PyObject v)
    {
        if (v is PyFrozenSet) return true;
        if (v is PyTuple t)
            foreach (var item in t.AsSpan())
                if (ContainsFrozenSet(item)) return true;
        return false;
    }

    private static bool IsSingleton(PyObject v)
    {
        var t = v.Type;
        if (v is PyInt i && ReferenceEquals(t, PyType.IntType)) return !i.IsBig && i.Small >= -5 && i.Small <= 256;
        if (v is PyStr s && ReferenceEquals(t, PyType.StrType))
            return s.Value.Length == 0 || (s.Value.Length == 1 && s.Value[0] < 256) || IsInterned(s);
        if (v is PyBytes b && ReferenceEquals(t, PyBytes.BytesType)) return b.Value.Length <= 1;
        if (v is PyTuple tu && ReferenceEquals(t, PyType.TupleType)) return tu.Count == 0;
        if (v is PyFrozenSet fs && ReferenceEquals(t, PyType.FrozenSetType)) return fs.Count == 0;
        return false;
    }

    private static readonly MarshalRefKey s_emptyBytes = new('b', Array.Empty<byte>());

    /// <summary>TYPE_CODE with the fields CPython 3.11 writes, in its order.</summary>
    private void WriteCode(PyCode co, byte flag)
    {
        Byte((byte)(F.Code | flag));
        Long(co.ArgCount);
        Long(co.PosOnlyArgCount);
        Long(co.KwOnlyArgCount);
        Long(co.StackSize);
        Long(co.Flags);
        WriteCodeBytes(co.Code, merged: false, cached: true);
        WriteCodeTuple(co.Consts, names: false);
        WriteCodeTuple(co.Names, names: true);
        WriteCodeTuple(co.LocalsPlusNames, names: true);
        WriteCodeBytes(co.LocalsPlusKinds, merged: false, cached: false);
        WriteCodeStr(co.Filename.Value, new MarshalRefKey('F', co.Filename.Value), interned: false);
        var nameKey = NameKey(co.Name.Value, out bool nameInterned);
        WriteCodeStr(co.Name.Value, nameKey, nameInterned);
        if (co.QualName.Value == co.Name.Value) WriteCodeStr(co.Name.Value, nameKey, nameInterned);
        else
        {
            var qualKey = new MarshalRefKey('s', co.QualName.Value);
            WriteCodeStr(co.QualName.Value, _counts is not null && HasStrConst(co, co.QualName.Value) ? qualKey : null, interned: false);
        }
        Long(co.FirstLineNo);
        WriteCodeBytes(co.Source.LineTable, merged: true, cached: false);
        WriteCodeBytes(co.Source.ExceptionTable, merged: true, cached: false);
    }

    /// <summary>co_name: an identifier (interned), or one of the compiler's static names such as '&lt;module&gt;'.</summary>
    private static MarshalRefKey NameKey(string name, out bool interned)
    {
        interned = !name.StartsWith('<');
        return new MarshalRefKey(interned ? 'S' : 'N', name);
    }

    /// <summary>A bytes field: co_code is shared (the code object caches it); co_linetable and co_exceptiontable are
    /// merged with equal bytes of the compilation; co_localspluskinds is the code object's own; empty ones are b''.</summary>
    private void WriteCodeBytes(byte[] data, bool merged, bool cached)
    {
        if (++_depth > F.MaxDepth) throw PyErr.ValueError("object too deeply nested to marshal");
        byte flag = 0;
        if (_refs is not null)
        {
            object? key = null;
            if (cached) key = new object();
            else if (data.Length == 0) key = s_emptyBytes;
            else if (merged)
            {
                var k = new MarshalRefKey('b', data);
                if (CountOf(k) >= 2) key = k;
            }
            if (key is not null)
            {
                if (TryWriteRef(key)) { _depth--; return; }
                flag = F.FlagRef;
            }
        }
        Byte((byte)(F.String | flag));
        PString(data);
        _depth--;
    }

    /// <summary>Whether a class body's code holds its own qualified name as a constant (its __qualname__).</summary>
    private static bool HasStrConst(PyCode c, string value)
    {
        foreach (var item in c.Consts)
            if (item is PyStr s && s.Value == value) return true;
        return false;
    }

    /// <summary>co_consts, co_names, co_localsplusnames: shared when the compilation has an equal tuple elsewhere
    /// (or empty: the singleton); the items of co_consts are held by it alone unless merged.</summary>
    private void WriteCodeTuple(PyObject[] items, bool names)
    {
        var tuple = PyTuple.Wrap(items);
        if (++_depth > F.MaxDepth) throw PyErr.ValueError("object too deeply nested to marshal");
        byte flag = 0;
        if (_refs is not null && (items.Length == 0 || CountOf(MarshalRefKey.Of(tuple)) >= 2))
        {
            if (TryWriteRef(MarshalRefKey.Of(tuple))) { _depth--; return; }
            flag = F.FlagRef;
        }
        if (!names) WriteValue(tuple, flag, Context.CodeConst);
        else
        {
            // Names are always interned (intern_strings), whatever their characters ('.0' …).
            if (_version >= 4 && items.Length < 256) { Byte((byte)(F.SmallTuple | flag)); Byte((byte)items.Length); }
            else { Byte((byte)(F.Tuple | flag)); Size(items.Length); }
            foreach (var item in items)
            {
                var name = ((PyStr)item).Value;
                WriteCodeStr(name, new MarshalRefKey('S', name), interned: true);
            }
        }
        _depth--;
    }

    /// <summary>A str field of a code object; <paramref name="key"/> null means "held by this code object only".</summary>
    private void WriteCodeStr(string value, MarshalRefKey? key, bool interned)
    {
        if (++_depth > F.MaxDepth) throw PyErr.ValueError("object too deeply nested to marshal");
        byte flag = 0;
        if (_refs is not null && key is not null)
        {
            if (TryWriteRef(key)) { _depth--; return; }
            flag = F.FlagRef;
        }
        WriteStr(value, interned, flag);
        _depth--;
    }
}
