using System.Text;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>Targeted programs for each error the symbol table and the future parse raise, and for
/// the scoping rules (comprehensions, walrus, class cells, annotations, mangling). The expected
/// output is python3.11's, through tools/dump_symtable.py, at test time.</summary>
public class SymtableSnippetTests
{
    private static readonly (string Name, string Source)[] Snippets =
    [
        // Global and nonlocal declarations.
        ("global_param", "def f(x):\n    global x\n"),
        ("nonlocal_param", "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n"),
        ("global_after_assign", "def f():\n    x = 1\n    global x\n"),
        ("global_after_assign_module", "x = 1; global x\n"),
        ("global_after_use", "def f():\n    print(x)\n    global x\n"),
        ("nonlocal_after_use", "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n"),
        ("nonlocal_after_assign", "def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n"),
        ("global_after_annotation", "def f():\n    x: int\n    global x\n"),
        ("nonlocal_after_annotation", "def g():\n    x = 1\n    def f():\n        x: int\n        nonlocal x\n"),
        ("annotated_global", "def f():\n    global x\n    x: int = 1\n"),
        ("annotated_nonlocal", "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int\n"),
        ("annotated_global_module_ok", "global x\nx: int = 1\n"),
        ("annotated_global_not_simple_ok", "def f():\n    global x\n    (x): int = 1\n"),
        ("nonlocal_module", "nonlocal x\n"),
        ("nonlocal_module_after_assign", "x = 1\nnonlocal x\n"),
        ("nonlocal_no_binding", "def f():\n    nonlocal x\n"),
        ("nonlocal_in_class", "class C:\n    nonlocal x\n"),
        ("nonlocal_skips_class", "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n            x = 2\n"),
        ("nonlocal_and_global", "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n"),
        ("nonlocal_second_directive", "def g():\n    a = b = 1\n    def f():\n        nonlocal a\n        nonlocal b, c\n"),
        ("global_ok", "def f():\n    global x, y\n    x = 1\n    return y\nx = 2\n"),
        // Parameters.
        ("duplicate_argument", "def f(a, b, a):\n    pass\n"),
        ("duplicate_kwonly", "def f(a, *, a):\n    pass\n"),
        ("duplicate_lambda", "lambda a, *a: 0\n"),
        ("duplicate_mangled", "class C:\n    def f(self, __a, _C__a):\n        pass\n"),
        ("varnames_order", "def f(a, /, b, *args, c, d=1, **kw):\n    e = 1\n"),
        // yield and await.
        ("yield_listcomp", "def f():\n    return [(yield x) for x in y]\n"),
        ("yield_setcomp", "def f():\n    return {(yield x) for x in y}\n"),
        ("yield_dictcomp", "def f():\n    return {x: (yield from x) for x in y}\n"),
        ("yield_genexp", "def f():\n    return ((yield x) for x in y)\n"),
        ("yield_in_first_iter_ok", "def f():\n    return [x for x in (yield)]\n"),
        ("generators", "def f():\n    yield 1\ndef g():\n    x = yield from h()\nasync def a():\n    await b\nasync def ag():\n    yield 1\n"),
        ("async_comprehensions", "async def f():\n    [x async for x in y]\n    [await x for x in y]\n    (await x for x in y)\n    {x: y async for x, y in z}\n"),
        // import *.
        ("import_star_function", "def f():\n    from os import *\n"),
        ("import_star_class", "class C:\n    from os import *\n"),
        ("imports", "import os.path, a.b.c as d, __x.y\nfrom . import e as f, g\nfrom os import *\nclass C:\n    import __p.q, __r as __s\n"),
        // Assignment expressions and comprehensions.
        ("walrus_comp_in_class", "class C:\n    [(y := 1) for x in z]\n"),
        ("walrus_rebind_iter", "def f():\n    return [(x := 1) for x in y]\n"),
        ("walrus_rebind_outer_iter", "[[(x := 1) for a in b] for x in y]\n"),
        ("walrus_inner_loop", "def f():\n    return [i for i in range(5) if (j := 0) for j in range(5)]\n"),
        ("walrus_first_iterable", "[x for x in (y := [1])]\n"),
        ("walrus_inner_iterable", "[x for x in a for z in (y := [1])]\n"),
        ("walrus_lambda_in_iterable", "[x for x in [lambda: (y := 1)]]\n"),
        ("walrus_module", "[(y := x) for x in z]\nprint(y)\n"),
        ("walrus_function", "def f():\n    [(y := x) for x in z]\n    return y\n"),
        ("walrus_function_global", "def f():\n    global y\n    [(y := x) for x in z]\n"),
        ("walrus_nested_comp", "def f():\n    return [[(t := a) for a in b] for b in c]\n"),
        ("walrus_plain", "def f():\n    if (n := g()) > 1:\n        return n\n"),
        ("comprehensions", "def f(y):\n    a = [x for x in y if x]\n    b = {x for x in y for z in x}\n    c = {k: v for k, v in y}\n    d = (x + w for x in y for w in range(x))\n    return [[i for i in j] for j in y]\n"),
        ("comprehension_class", "class C:\n    y = 1\n    a = [y for x in range(3)]\n    b = [x for x in range(y)]\n"),
        // Annotations.
        ("annotations", "x: int\ny: List[int] = []\n(z): int = 1\na.b: int\nc[0]: int\ndef f(a: A, *b: B, c: C = 1, **d: D) -> R:\n    e: E = 1\nclass K:\n    f: F\n"),
        ("future_annotations", "from __future__ import annotations\nx: int\ny: List[int] = []\ndef f(a: A, *b: B, c: C = 1, **d: D) -> R:\n    e: E = 1\n    g: lambda: h = 2\nclass K:\n    f: F\n"),
        ("future_annotation_yield", "from __future__ import annotations\ndef f(x: (yield)):\n    pass\n"),
        ("future_annotation_yield_from", "from __future__ import annotations\ndef f():\n    x: (yield from y)\n"),
        ("future_annotation_await", "from __future__ import annotations\nasync def f() -> (await x):\n    pass\n"),
        ("future_annotation_walrus", "from __future__ import annotations\nx: (y := 1) = 2\n"),
        ("annotation_walrus_ok", "x: (y := 1) = 2\n"),
        // Future statements.
        ("future_braces", "from __future__ import braces\n"),
        ("future_unknown", "\"\"\"doc\"\"\"\nfrom __future__ import division, nope\n"),
        ("future_late_same_line", "import os; from __future__ import annotations\n"),
        ("future_late_next_line_ok", "import os\nfrom __future__ import annotations\nx: y\n"),
        ("future_all", "from __future__ import (nested_scopes, generators, division, absolute_import,\n    with_statement, print_function, unicode_literals, barry_as_FLUFL, generator_stop)\n"),
        // Classes, cells and free variables.
        ("class_super", "class C:\n    def f(self):\n        return super().f()\n    def g(self):\n        return __class__\n    def h(self):\n        return 1\n"),
        ("class_free_class", "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n    return C\n"),
        ("class_free_through", "def f():\n    x = 1\n    class C:\n        class D:\n            def g(self):\n                return x, super()\n    return C\n"),
        ("class_global_free_class", "def f():\n    x = 1\n    class C:\n        global x\n        def g(self):\n            return x\n"),
        ("cells", "def f(a):\n    b = 1\n    def g():\n        c = a + b\n        def h():\n            return c, a, d\n        return h\n    return g\n"),
        ("lambda_defaults", "def f(x):\n    return lambda y=x, *, z=lambda: x: y + z()\n"),
        ("nested_module_globals", "x = 1\ndef f():\n    return x, len\nclass C:\n    y = x\n    def m(self):\n        return y\n"),
        ("del_and_augassign", "def f():\n    x += 1\n    del y\n    z.a = 1\n    w[0] = 2\n"),
        ("statements", "for a, *b in c:\n    pass\nelse:\n    d = 1\nwhile e:\n    break\ntry:\n    pass\nexcept E as f:\n    pass\nelse:\n    g = 1\nfinally:\n    h = 1\nwith i as (j, k), l:\n    pass\nassert m, n\nraise o from p\n"),
        ("match", "match x:\n    case [a, *b] if c:\n        pass\n    case {'k': d, **e}:\n        pass\n    case P(f, g=h) | Q(i) as j:\n        pass\n    case 1 | None | k.l:\n        pass\n    case [*_]:\n        pass\n"),
        ("try_star", "try:\n    pass\nexcept* E as e:\n    f = 1\n"),
        ("debug_and_fstrings", "def f():\n    return __debug__, f'{a!r:{b}}'\n"),
        ("debug_is_compilers_business", "__debug__ = 1\ndef f(__debug__):\n    del __debug__\nimport __debug__\n"),
        ("class_binds_class_cell_name", "class C:\n    __class__ = 1\n    def f(self):\n        return __class__\n"),
        ("super_in_nested_function", "class C:\n    def f(self):\n        def g():\n            return super()\n        return g\n"),
        ("super_in_class_body", "class C:\n    x = super()\n    y = [super() for i in z]\n"),
        ("class_comprehension_first_iter", "class C:\n    n = 3\n    a = [i * n for i in range(n)]\n    b = lambda: n\n"),
        ("genexp_async_in_sync_function", "def f():\n    return (x async for x in y)\n"),
        ("del_free_var", "def f():\n    x = 1\n    def g():\n        del x\n    def h():\n        return x\n"),
        ("global_in_class_and_method", "class C:\n    global g\n    g = 1\n    def m(self):\n        global g\n        g = 2\n"),
        ("nonlocal_through_nested", "def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n        return c\n    return b\n"),
        ("same_name_param_and_free", "def f(x):\n    def g(x):\n        return x\n    def h():\n        return x\n"),
        ("decorators_defaults_order", "@d1(a)\n@d2\ndef f(p=b, *, q=c) -> e:\n    pass\n@d3\nclass K(B, metaclass=M, **kw):\n    pass\n"),
        ("future_annotations_lambda_lost", "from __future__ import annotations\ndef f(x: lambda: y) -> lambda: z:\n    pass\nv: [w for w in u] = 1\n"),
        // Mangling.
        ("mangling", "class Ham:\n    __spam = 1\n    __dunder__ = 2\n    _single = 3\n    def __m(self, __p):\n        global __g\n        __l = __g\n        return [__c for __c in __p]\n    class __Inner:\n        __q = 1\n"),
        ("error_text_non_ascii", "def f():\n    s = 'é'; global s\n"),
        ("error_text_crlf", "def f():\r\n    x = 1\r\n    global x\r\n"),
        ("mangling_class_names", "class _Ham:\n    __a = 1\nclass ___:\n    __b = 1\nclass __X_:\n    __c = 1\n"),
    ];

    private static readonly Lazy<Dictionary<string, string>> Expected = new(() => Record(codeFlags: false));

    /// <summary>The --code-flags form; null where python3.11's compile() refuses the snippet.</summary>
    private static readonly Lazy<Dictionary<string, string>> ExpectedCodeFlags = new(() => Record(codeFlags: true));

    private static Dictionary<string, string> Record(bool codeFlags)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"krait-symtable-snippets-{Environment.ProcessId}-{codeFlags}");
        Directory.CreateDirectory(dir);
        var paths = new List<string>();
        foreach (var (name, src) in Snippets)
        {
            string p = Path.Combine(dir, name + ".py");
            File.WriteAllText(p, src, new UTF8Encoding(false));
            paths.Add(p);
        }
        var dumps = SymtableOracle.FullDumps(paths, codeFlags: codeFlags);
        var d = new Dictionary<string, string>();
        for (int i = 0; i < Snippets.Length; i++)
            d[Snippets[i].Name] = dumps[i].Dump ?? "CPython cannot compile: " + dumps[i].ParseError;
        return d;
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Snippets) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesCPython(string name)
    {
        string source = Array.Find(Snippets, s => s.Name == name).Source;
        string expected = Expected.Value[name];
        // The oracle's file name differs; the table does not depend on it.
        string? actual = KraitSymtable.Dump(Encoding.UTF8.GetBytes(source), name + ".py", out string? parseError);
        Assert.Null(parseError);
        if (expected != actual) Assert.Fail(KraitSymtable.FirstDifference(expected, actual!));
    }

    /// <summary>The generator/coroutine/nested/varargs flags through python3.11's co_flags, for
    /// the snippets that compile() accepts.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void CodeFlagsMatchCPython(string name)
    {
        string source = Array.Find(Snippets, s => s.Name == name).Source;
        string expected = ExpectedCodeFlags.Value[name];
        if (expected.StartsWith("CPython cannot compile: ", StringComparison.Ordinal)) return;
        var mod = Krait.Syntax.Parser.PythonParser.ParseAst(Encoding.UTF8.GetBytes(source), name + ".py");
        string actual = CodeFlags.Dump(Krait.Compiler.Symtable.SymbolTable.Build(mod, name + ".py", source));
        if (expected != actual) Assert.Fail(KraitSymtable.FirstDifference(expected, actual));
    }
}
