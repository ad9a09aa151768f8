# unsupported operators between containers: CPython's TypeError wording
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for src in ["[1] < 'a'", "{} < {}", "{1} < [1]", "() + []", "[] * []", "[1] - [1]", "{1: 2} + {}", "{1} + {2}", "-[1]", "~()",
            "{1: 2} & {}", "range(3) + range(2)", "range(3) * 2", "slice(1) + 1", "len(5)", "len(iter([]))",
            "[].foo", "().append", "{}.add", "set().append", "frozenset().add", "range(3).foo",
            "hash([])", "hash({})", "hash(set())", "hash(slice(1))", "hash({}.keys())",
            "list(5)", "tuple(None)", "dict(None)", "set(1.5)", "frozenset(True)", "sorted(5)", "list(range(3), 1)",
            "[][0]", "()[0]", "{}[0]", "range(0)[0]", "{1: 1}.keys()[0]", "frozenset()[0]", "iter([])[0]",
            "next(iter({}))", "next(iter(set()))", "next(reversed([]))", "min([])", "max(())"]:
    t(src)
def x(src):
    try:
        exec(src, {})
        print(src, "ok")
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for src in ["a = [1]; a += 1", "a = (1,); a += [2]", "a = {1}; a |= [2]", "a = {1: 2}; a |= 1", "a = [1]; a *= 'x'",
            "a = [1]; a[0:1] = 5", "a = (1, 2); a[0] = 5", "a = (1,); del a[0]", "a = range(3); a[0] = 1",
            "a = {}.keys(); a[0] = 1", "a = frozenset(); a |= {1}; assert a == {1}", "a, b = {1: 2}",
            "a, b = {1: 2, 3: 4}.items()", "[a, b] = range(3)", "x = {}; x[x] = 1", "x = []; x[[]] = 1",
            "x = [1, 2]; x[::0] = []", "x = [1]; del x[::0]"]:
    x(src)
