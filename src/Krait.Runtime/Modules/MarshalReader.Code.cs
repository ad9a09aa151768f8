using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// TYPE_CODE: the fields of a CPython 3.11 code object, checked as _PyCode_Validate does.
internal sealed partial class MarshalReader
{
    private PyObject? ReadCode(bool flag)
    {
        int idx = Reserve(flag);
        int argCount = ReadLong();
        int posOnlyArgCount = ReadLong();
        int kwOnlyArgCount = ReadLong();
        int stackSize = ReadLong();
        int flags = ReadLong();
        var code = ReadObject();
        if (code is null) return null;
        var consts = ReadObject();
        if (consts is null) return null;
        var names = ReadObject();
        if (names is null) return null;
        var localsPlusNames = ReadObject();
        if (localsPlusNames is null) return null;
        var localsPlusKinds = ReadObject();
        if (localsPlusKinds is null) return null;
        var filename = ReadObject();
        if (filename is null) return null;
        var name = ReadObject();
        if (name is null) return null;
        var qualName = ReadObject();
        if (qualName is null) return null;
        int firstLineNo = ReadLong();
        var lineTable = ReadObject();
        if (lineTable is null) return null;
        var exceptionTable = ReadObject();
        if (exceptionTable is null) return null;

        if (filename is not PyStr fileStr || name is not PyStr nameStr || qualName is not PyStr qualStr
            || code is not PyBytes codeBytes || consts is not PyTuple constTuple || names is not PyTuple nameTuple
            || localsPlusNames is not PyTuple lpNames || localsPlusKinds is not PyBytes lpKinds
            || lpNames.Count != lpKinds.Value.Length || lineTable is not PyBytes lines || exceptionTable is not PyBytes excTable)
            throw PyErr.SystemError("Objects/codeobject.c:186: bad argument to internal function");
        if (codeBytes.Value.Length % 2 != 0) throw PyErr.ValueError("code: co_code is malformed");
        int nlocals = 0;
        foreach (byte k in lpKinds.Value)
            if ((k & CodeObject.FastLocal) != 0) nlocals++;
        int plain = nlocals - argCount - kwOnlyArgCount - ((flags & CodeFlags.VarArgs) != 0 ? 1 : 0) - ((flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        if (plain < 0) throw PyErr.ValueError("code: co_varnames is too small");

        var co = new CodeObject
        {
            ArgCount = argCount,
            PosOnlyArgCount = posOnlyArgCount,
            KwOnlyArgCount = kwOnlyArgCount,
            StackSize = stackSize,
            Flags = flags,
            FirstLineNo = firstLineNo,
            Code = codeBytes.Value,
            Names = Strings(nameTuple),
            LocalsPlusNames = Strings(lpNames),
            LocalsPlusKinds = lpKinds.Value,
            Filename = fileStr.Value,
            Name = nameStr.Value,
            QualName = qualStr.Value,
            LineTable = lines.Value,
            ExceptionTable = excTable.Value,
        };
        var constItems = constTuple.AsSpan().ToArray();
        InternStringConstants(constItems);
        var result = new PyCode(co, constItems);
        if (idx >= 0) _refs[idx] = result;
        return result;
    }

    private static string[] Strings(PyTuple t)
    {
        var r = new string[t.Count];
        for (int i = 0; i < r.Length; i++)
            r[i] = t[i] is PyStr s && ReferenceEquals(s.Type, PyType.StrType) ? s.Value
                : throw PyErr.SystemError("non-string found in code slot");
        return r;
    }

    /// <summary>intern_string_constants: constant strs made of name characters are interned, in nested tuples
    /// and frozensets too. Returns whether anything was replaced.</summary>
    private static bool InternStringConstants(PyObject[] items)
    {
        bool modified = false;
        for (int i = 0; i < items.Length; i++)
        {
            var v = items[i];
            if (v is PyStr s && ReferenceEquals(s.Type, PyType.StrType))
            {
                if (AllNameChars(s.Value))
                {
                    var interned = PyStr.Intern(s.Value);
                    if (!ReferenceEquals(interned, s)) { items[i] = interned; modified = true; }
                }
            }
            else if (v is PyTuple t && ReferenceEquals(t.Type, PyType.TupleType) && t.Count > 0)
            {
                // The tuple was just read: its item array can be updated in place, as CPython does.
                InternStringConstants(t.Items);
            }
            else if (v is PyFrozenSet fs && ReferenceEquals(fs.Type, PyType.FrozenSetType) && fs.Count > 0)
            {
                var list = new List<PyObject>();
                var it = Ops.GetIter(fs);
                while (Ops.Next(it) is { } item) list.Add(item);
                var arr = list.ToArray();
                if (InternStringConstants(arr)) { items[i] = PyFrozenSet.FromItems(arr); modified = true; }
            }
        }
        return modified;
    }

    private static bool AllNameChars(string s)
    {
        foreach (char ch in s)
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_')) return false;
        return true;
    }
}
