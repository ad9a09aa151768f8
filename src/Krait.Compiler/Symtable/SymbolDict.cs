namespace Krait.Compiler.Symtable;

/// <summary>A scope's names and raw flags in insertion order (what CPython's ste_symbols dict is). Not
/// <c>OrderedDictionary&lt;string, int&gt;</c>: no precompiled code of that instantiation exists in the framework, so
/// the JIT compiled fifteen of its methods on every start-up; Dictionary&lt;string, int&gt; and List&lt;T&gt; of string and
/// int are precompiled.</summary>
internal sealed class SymbolDict
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<int> _values = [];

    public int Count => _keys.Count;

    public Entry GetAt(int i) => new(_keys[i], _values[i]);

    public void SetAt(int i, int value) => _values[i] = value;

    public bool TryGetValue(string name, out int value)
    {
        if (_index.TryGetValue(name, out int i))
        {
            value = _values[i];
            return true;
        }
        value = 0;
        return false;
    }

    public int this[string name]
    {
        set
        {
            if (_index.TryGetValue(name, out int i))
            {
                _values[i] = value;
                return;
            }
            _index[name] = _keys.Count;
            _keys.Add(name);
            _values.Add(value);
        }
    }

    internal readonly struct Entry(string key, int value)
    {
        public string Key => key;
        public int Value => value;
    }
}
