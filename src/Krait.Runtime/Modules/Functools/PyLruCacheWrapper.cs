namespace Krait.Runtime;

/// <summary>functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type): the memoizing callable
/// behind functools.lru_cache and functools.cache.</summary>
public sealed class PyLruCacheWrapper : PyObject
{
    public static readonly PyType LruCacheWrapperType = PyType.NewBuiltin("functools._lru_cache_wrapper", PyType.ObjectType, TypeFlags.BaseType, InitType);

    /// <summary>A cache key with its hash computed once per call, as CPython's known-hash dict operations do.
    /// Keys and entries are classes: the framework's collections over reference types are precompiled (shared
    /// code), over a Krait struct they would be compiled by the JIT in every process that uses a cache.</summary>
    private sealed class Key(PyObject value, long hash)
    {
        public readonly PyObject Value = value;
        public readonly long Hash = hash;
    }

    /// <summary>A cached result, in least-recently-used order.</summary>
    private sealed class Entry(Key key, PyObject result)
    {
        public readonly Key Key = key;
        public readonly PyObject Result = result;
    }

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();
        public bool Equals(Key? a, Key? b) => a!.Hash == b!.Hash && (ReferenceEquals(a.Value, b.Value) || Ops.RichCompareBool(a.Value, b.Value, CompareOp.Eq));
        public int GetHashCode(Key k) => k.Hash.GetHashCode();
    }

    private static readonly PyObject s_kwdMark = new PyInstance(PyType.ObjectType, withDict: false);

    private readonly PyObject _func;
    private readonly PyObject _cacheInfoType;
    private readonly long _maxsize;   // -1: unbounded, 0: no caching
    private readonly bool _typed;
    private readonly Dictionary<Key, LinkedListNode<Entry>> _cache = new(KeyComparer.Instance);
    private readonly LinkedList<Entry> _order = new(); // least recently used first
    private long _hits, _misses;
    private PyDict? _dict;

    private PyLruCacheWrapper(PyType type, PyObject func, long maxsize, bool typed, PyObject cacheInfoType) : base(type)
    {
        _func = func; _maxsize = maxsize; _typed = typed; _cacheInfoType = cacheInfoType;
    }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    private PyObject MakeKey(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (!_typed && nkw == 0)
        {
            if (npos == 1 && (ReferenceEquals(args[0].Type, PyType.StrType) || ReferenceEquals(args[0].Type, PyType.IntType)))
                return args[0];
            return PyTuple.Create(args);
        }
        var key = new List<PyObject>(npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (_typed ? npos + nkw : 0));
        for (int i = 0; i < npos; i++) key.Add(args[i]);
        if (nkw > 0)
        {
            key.Add(s_kwdMark);
            for (int i = 0; i < nkw; i++) { key.Add(kwnames![i]); key.Add(args[npos + i]); }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++) key.Add(args[i].Type);
            for (int i = 0; i < nkw; i++) key.Add(args[npos + i].Type);
        }
        return PyTuple.Wrap(key.ToArray());
    }

    private static PyObject Call(PyObject o, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var w = (PyLruCacheWrapper)o;
        if (w._maxsize == 0)
        {
            w._misses++;
            return Ops.Call(w._func, args, kwnames);
        }
        var kv = w.MakeKey(args, kwnames);
        var key = new Key(kv, Ops.Hash(kv));
        if (w._cache.TryGetValue(key, out var link))
        {
            w._hits++;
            if (w._maxsize > 0 && link.List is not null)
            {
                w._order.Remove(link);
                w._order.AddLast(link);
            }
            return link.Value.Result;
        }
        w._misses++;
        var result = Ops.Call(w._func, args, kwnames);
        if (w._maxsize < 0)
        {
            w._cache[key] = new LinkedListNode<Entry>(new Entry(key, result));
            return result;
        }
        // The same key may have been added during the call (recursion): keep that entry.
        if (w._cache.ContainsKey(key)) return result;
        if (w._cache.Count >= w._maxsize && w._order.First is { } oldest)
        {
            w._order.RemoveFirst();
            w._cache.Remove(oldest.Value.Key);
        }
        var node = w._order.AddLast(new Entry(key, result));
        w._cache[key] = node;
        return result;
    }

    private static void InitType(PyType t)
    {
        OperatorModule.SpecModule(t, "functools");
        t.New = (type, args, kw) =>
        {
            var v = new PyObject?[4];
            ArgBinder.Bind("lru_cache", args, kw, ["user_function", "maxsize", "typed", "cache_info_type"], 0, 4, 4, v);
            var func = v[0]!;
            if (func.Type.Call is null) throw PyErr.TypeError("the first argument must be callable");
            long maxsize;
            if (v[1] is PyNone) maxsize = -1;
            else if (v[1]!.Type.Index is not null || v[1] is PyInt)
            {
                maxsize = Ops.AsSsize(v[1]!, PyExc.OverflowError);
                if (maxsize < 0) maxsize = 0;
            }
            else throw PyErr.TypeError("maxsize should be integer or None");
            return new PyLruCacheWrapper(type, func, maxsize, Ops.IsTrue(v[2]!), v[3]!);
        };
        t.Call = Call;
        t.HasWeakref = true;
        t.DescrGet = (self, obj, owner) => obj is null or PyNone ? self : new PyMethod(self, obj);
        TypeBuilder.GetSet(t, "__dict__", o => o.Dict!, (o, v) =>
            o.Dict = v is null ? throw PyErr.TypeError("cannot delete __dict__")
                : v as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + v.Type.Name + "'"));
        TypeBuilder.Method(t, "cache_info", (self, args, kw) =>
        {
            ArgBinder.None("cache_info", args, kw);
            var w = (PyLruCacheWrapper)self!;
            PyObject max = w._maxsize == -1 ? PyNone.Instance : PyInt.FromLong(w._maxsize);
            return Ops.Call(w._cacheInfoType, [PyInt.FromLong(w._hits), PyInt.FromLong(w._misses), max, PyInt.FromLong(w._cache.Count)]);
        });
        TypeBuilder.Method(t, "cache_clear", (self, args, kw) =>
        {
            ArgBinder.None("cache_clear", args, kw);
            var w = (PyLruCacheWrapper)self!;
            w._hits = w._misses = 0;
            w._cache.Clear();
            w._order.Clear();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            ArgBinder.None("__reduce__", args, kw);
            return Ops.GetAttr(self!, "__qualname__");
        });
        TypeBuilder.Method(t, "__copy__", (self, args, kw) => { ArgBinder.None("__copy__", args, kw); return self!; });
        TypeBuilder.Method(t, "__deepcopy__", (self, args, kw) => { ArgBinder.One("__deepcopy__", args, kw); return self!; });
        ItertoolsModule.Doc(t, "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n");
    }
}
