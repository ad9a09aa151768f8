namespace Krait.Runtime;

/// <summary>C3 linearisation (typeobject.c mro_implementation / pmerge) with CPython's error messages.</summary>
internal static class Mro
{
    public static PyType[] Compute(PyType type, PyType[] bases)
    {
        if (bases.Length == 1)
        {
            var b = bases[0].Mro;
            var r = new PyType[b.Length + 1];
            r[0] = type;
            Array.Copy(b, 0, r, 1, b.Length);
            return r;
        }
        for (int i = 0; i < bases.Length; i++)
            for (int j = i + 1; j < bases.Length; j++)
                if (ReferenceEquals(bases[i], bases[j]))
                    throw PyErr.TypeError($"duplicate base class {bases[i].Name}");

        var seqs = new List<PyType[]>(bases.Length + 1);
        foreach (var b in bases) seqs.Add(b.Mro);
        seqs.Add(bases);
        var remain = new int[seqs.Count];
        var result = new List<PyType> { type };
        while (true)
        {
            bool empty = true;
            PyType? chosen = null;
            for (int i = 0; i < seqs.Count; i++)
            {
                if (remain[i] >= seqs[i].Length) continue;
                empty = false;
                var candidate = seqs[i][remain[i]];
                if (InTail(seqs, remain, candidate)) continue;
                chosen = candidate;
                break;
            }
            if (empty) break;
            if (chosen is null) throw Error(seqs, remain);
            result.Add(chosen);
            for (int i = 0; i < seqs.Count; i++)
                if (remain[i] < seqs[i].Length && ReferenceEquals(seqs[i][remain[i]], chosen)) remain[i]++;
        }
        return [.. result];
    }

    private static bool InTail(List<PyType[]> seqs, int[] remain, PyType candidate)
    {
        for (int j = 0; j < seqs.Count; j++)
        {
            var s = seqs[j];
            for (int k = remain[j] + 1; k < s.Length; k++)
                if (ReferenceEquals(s[k], candidate)) return true;
        }
        return false;
    }

    // set_mro_error: the distinct heads still waiting, in order.
    private static PythonException Error(List<PyType[]> seqs, int[] remain)
    {
        var heads = new List<PyType>();
        for (int i = 0; i < seqs.Count; i++)
            if (remain[i] < seqs[i].Length && !heads.Contains(seqs[i][remain[i]])) heads.Add(seqs[i][remain[i]]);
        var names = new string[heads.Count];
        for (int i = 0; i < names.Length; i++) names[i] = heads[i].Name;
        return PyErr.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", names)}");
    }
}
