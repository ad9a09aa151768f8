# ast.dump (with positions) of statements of every kind.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c = d",
    "x += 1; y @= z",
    "x: int = 3\ny: 'str'\n(z): int",
    "del a, b[0], c.d",
    "import a.b as c, d\nfrom ..e import (f as g, h)\nfrom . import *",
    "global a, b\nnonlocal c",
    "assert x, 'msg'",
    "raise\nraise E\nraise E from None",
    "if a:\n    pass\nelif b:\n    x\nelse:\n    y",
    "while a:\n    break\nelse:\n    continue",
    "for i, j in k:\n    pass\nelse:\n    pass",
    "async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await z",
    "with a as (b, c), d:\n    pass",
    "with (a as b, c as d,):\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "@dec\n@dec2(1)\ndef f(a, b=1, /, c=2, *d, e, f=3, **g) -> r:\n    'doc'\n    return",
    "class C(B, metaclass=M, **kw):\n    x = 1\n    def m(self): ...",
    "lambda: 0\nlambda x, *y, z=1, **w: x",
    "def g():\n    yield\n    yield 1\n    x = yield from h()",
]
for src in SOURCES:
    print(src.replace('\n', ' | '))
    print(ast.dump(ast.parse(src), include_attributes=True))
    print(ast.dump(ast.parse(src), annotate_fields=False))
