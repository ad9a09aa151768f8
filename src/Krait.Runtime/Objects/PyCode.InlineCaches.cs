using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

/// <summary>LOAD_GLOBAL's cache: where the name was found, valid while both dicts keep their key sets
/// (CPython 3.11's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN keyed on dict keys versions).</summary>
internal struct GlobalCache
{
    /// <summary><see cref="PyDict.KeysVersion"/> of the globals when filled; uint.MaxValue when empty.</summary>
    public uint GlobalsKeys;
    /// <summary>0: the name is in the globals at <see cref="Index"/>; otherwise the builtins' keys version
    /// and the name is in the builtins at <see cref="Index"/>.</summary>
    public uint BuiltinsKeys;
    public int Index;
}

/// <summary>What LOAD_ATTR / LOAD_METHOD / STORE_ATTR learnt about an attribute of instances of one type
/// version (see <see cref="Interpreter"/>'s cached attribute paths).</summary>
internal struct AttrWay
{
    public uint TypeVersion;
    public AttrCacheKind Kind;
    /// <summary>For <see cref="AttrCacheKind.InstanceDict"/>: the entry index where the instance dict last had
    /// the name (instances built by the same __init__ share the layout), or its index among the class's
    /// <see cref="InstanceKeys"/> for an instance without a dict; for <see cref="AttrCacheKind.ClassValue"/>:
    /// the entry index in the type dict <see cref="Descr"/>; for <see cref="AttrCacheKind.Method"/>: the count of
    /// the class's instance keys when the name was last found not among them (-1: not checked).</summary>
    public int Index;
    /// <summary>For <see cref="AttrCacheKind.Method"/> and <see cref="AttrCacheKind.ClassValue"/>: the
    /// <see cref="PyDict.KeysVersion"/> of the instance dict last seen without the name (so not shadowing the
    /// class attribute); 0 when none. An unchanged keys version is the same dict with the same keys.</summary>
    public uint DictKeys;
    /// <summary>The class attribute (a function, method descriptor, property); for
    /// <see cref="AttrCacheKind.ClassValue"/> the type dict that holds the value.</summary>
    public PyObject? Descr;
}

/// <summary>Four ways, most recent first: a site that sees several classes (a method of a base class called on
/// its subclasses, as a scheduler's task classes are) keeps them all; a fifth class evicts the oldest.</summary>
internal struct AttrCache
{
    public AttrWay First, Second, Third, Fourth;
}

internal enum AttrCacheKind : byte
{
    None,
    /// <summary>The type has no attribute of that name: the value lives in the instance dict.</summary>
    InstanceDict,
    /// <summary>A method-like descriptor (function, method descriptor) unless the instance dict shadows it.</summary>
    Method,
    /// <summary>A class attribute that is not a descriptor (a builtin value), unless the instance dict shadows it:
    /// read from its type dict entry each time, since rebinding such a value keeps the version tag.</summary>
    ClassValue,
    /// <summary>A builtin data descriptor (property, slot member, getset): its __get__ wins over the dict.</summary>
    DataDescriptor,
    /// <summary>A module's attribute: looked up in the module dict.</summary>
    Module,
    /// <summary>An attribute of a class object (<c>Shape.count</c>, <c>Vec.zero</c>) whose metatype has no attribute of
    /// that name and type's own __getattribute__. Keyed on the class's own version tag (not its metatype's, as
    /// instance ways are), with the metatype's version in <see cref="AttrWay.DictKeys"/>. A plain value is read
    /// through its type dict entry (<see cref="AttrWay.Descr"/> the dict, <see cref="AttrWay.Index"/> the entry);
    /// otherwise <see cref="AttrWay.Descr"/> is the attribute, a builtin type's instance, bound with
    /// <c>__get__(None, cls)</c> when it has one; <see cref="AttrWay.Index"/> is -1.</summary>
    ClassAttr,
}

public sealed partial class PyCode
{
    /// <summary>One cache per LOAD_GLOBAL instruction; its first CACHE word in <see cref="Instructions"/> holds
    /// the index (co_code keeps CPython's zeros).</summary>
    internal readonly GlobalCache[] GlobalCaches;
    /// <summary>One cache per LOAD_ATTR / LOAD_METHOD / STORE_ATTR, indexed the same way.</summary>
    internal readonly AttrCache[] AttrCaches;

    private static readonly GlobalCache[] s_noGlobalCaches = new GlobalCache[0];
    private static readonly AttrCache[] s_noAttrCaches = new AttrCache[0];

    private static (GlobalCache[], AttrCache[]) AssignInlineCaches(ushort[] code)
    {
        int globals = 0, attrs = 0;
        for (int i = 0; i < code.Length; i++)
        {
            int op = code[i] & 0xFF;
            int caches = OpcodeInfo.CacheCount(op);
            if (caches == 0) continue;
            if (i + caches >= code.Length) break;  // truncated co_code (not the compiler's)
            if (op == Op.LOAD_GLOBAL) globals++;
            else if (op is Op.LOAD_ATTR or Op.LOAD_METHOD or Op.STORE_ATTR) attrs++;
            i += caches;
        }
        // The index is one 16-bit word: past 65,536 sites, the sites of one name share a cache (correct, since a
        // cache is valid for its name only, and rare: it takes a huge generated function).
        bool byName = globals > ushort.MaxValue + 1 || attrs > ushort.MaxValue + 1;
        var globalOfName = byName ? new Dictionary<int, int>() : null;
        var attrOfName = byName ? new Dictionary<int, int>() : null;
        globals = attrs = 0;
        int ext = 0;
        for (int i = 0; i < code.Length; i++)
        {
            int op = code[i] & 0xFF;
            int arg = ext | (code[i] >> 8);
            ext = op == Op.EXTENDED_ARG ? arg << 8 : 0;
            int caches = OpcodeInfo.CacheCount(op);
            if (caches == 0) continue;
            if (i + caches >= code.Length) break;
            if (op == Op.LOAD_GLOBAL) code[i + 1] = (ushort)CacheIndex(globalOfName, arg >> 1, ref globals);
            else if (op is Op.LOAD_ATTR or Op.LOAD_METHOD or Op.STORE_ATTR) code[i + 1] = (ushort)CacheIndex(attrOfName, arg, ref attrs);
            i += caches;
        }
        // Not [] (Array.Empty<T>, a framework generic over our struct: compiled by the JIT at start-up).
        var g = globals == 0 ? s_noGlobalCaches : new GlobalCache[globals];
        for (int i = 0; i < g.Length; i++) g[i].GlobalsKeys = uint.MaxValue;
        return (g, attrs == 0 ? s_noAttrCaches : new AttrCache[attrs]);
    }

    private static int CacheIndex(Dictionary<int, int>? ofName, int name, ref int count)
    {
        if (ofName is null) return count++;
        if (!ofName.TryGetValue(name, out int index)) ofName[name] = index = count++ & ushort.MaxValue;
        return index;
    }
}
