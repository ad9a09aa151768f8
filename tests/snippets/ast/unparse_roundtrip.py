# ast.unparse of many constructs, and unparse -> parse giving the same tree.
import ast

SOURCES = [
    "x = 1 + 2 * (3 - 4) ** -5",
    "a = b if c else (d if e else f)",
    "f(*args, key=lambda x, /, y=1, *z, w, **k: x, **kw)",
    "print(f'{x!r:>{width}} {y=} {{lit}}')",
    "x = [i for i in range(10) if i % 2 if i > 3]",
    "async def f():\n    async with a as b:\n        await c\n    return [x async for x in y]",
    "class C(A, B, metaclass=M):\n    '''doc'''\n    x: int = 5\n    def m(self, a: 'T' = None) -> 'R':\n        return super().m()",
    "try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, b",
    "match p:\n    case Point(x=0) | [1, *rest] | {'k': v, **r} as whole if whole:\n        pass\n    case -1 | 1 + 2j | None:\n        pass",
    "with (open(a) as f, open(b) as g):\n    pass",
    "global x\nnonlocal y",
    "x = (yield)\ny = yield from z",
    "assert not (a and b or c), 'msg'",
    "t = (1,)\ns = {1, 2}\nd = {**a, 'b': 2}\ne = ()",
    "a[1:2, ::3, ...] = b.c[d]",
    "x = 'single' \"double\" '''triple\\nline'''",
    "n = 1e1000, -1e1000, 1j, 0x10, 1_000",
    "from .. import (a as b, c)\nimport d.e as f",
    "(a := 10) + (b := 20)",
    "lambda: (yield)",
    "del (a), [b]",
    "for (a, b) in c: pass\nelse: pass",
]
for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print('  same:', ast.dump(ast.parse(text)) == ast.dump(tree))
print(ast.unparse(ast.Name('x', ast.Load())), ast.unparse(ast.parse('1+2', mode='eval')))
print(ast.unparse(ast.Constant(value=(1, 2))), ast.unparse(ast.Constant(value=frozenset())))
