# compile() of a tree from ast.parse gives the same code as compiling the source; the code runs.
import ast

SOURCES = [
    "x = [i * i for i in range(5)]\nprint(x)",
    "def f(a, b=2, *c, d=4, **e):\n    return a + b + sum(c) + d + len(e)\nprint(f(1, 2, 3, d=5, z=6))",
    "class C:\n    'doc'\n    def m(self):\n        return __class__.__name__\nprint(C().m(), C.__doc__)",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('fin')",
    "match {'a': [1, 2]}:\n    case {'a': [x, *y]}:\n        print(x, y)",
    "import sys as m\nprint(m.__name__)",
    "print(f'{3.14159:.2f} {\"s\"!r:>6}')",
    "g = (i for i in 'abc')\nprint(list(g))",
    "x = 5\nwhile x:\n    x -= 2\n    if x < 0: break\nelse:\n    print('no')\nprint(x)",
    "with open(__file__) as fh: pass\nprint(fh.closed)",
    "def gen():\n    x = yield 1\n    yield x\ng = gen(); print(next(g), g.send(7))",
    "print((lambda *a, **k: (a, sorted(k)))(1, 2, b=3))",
    "a, *b, c = range(6); print(a, b, c)",
    "print(1 if None else 2, not 0, -~5, 2 ** -1, 7 // 2, 7 % 3, 1 << 4 | 1)",
]

def code_eq(a, b):
    return (a.co_code == b.co_code and a.co_names == b.co_names and a.co_varnames == b.co_varnames and
            a.co_linetable == b.co_linetable and a.co_exceptiontable == b.co_exceptiontable and
            len(a.co_consts) == len(b.co_consts) and
            all(code_eq(x, y) if hasattr(x, 'co_code') else x == y and type(x) is type(y)
                for x, y in zip(a.co_consts, b.co_consts)))

for src in SOURCES:
    tree = ast.parse(src, '<rt>')
    c1 = compile(src, '<rt>', 'exec')
    c2 = compile(tree, '<rt>', 'exec')
    print('same code:', code_eq(c1, c2))
    exec(c2, {'__name__': 'rt', '__file__': __file__})

e = compile(ast.parse('1 + 2 * 3', mode='eval'), '<e>', 'eval')
print(eval(e))
s = compile(ast.parse('x = 1; x', mode='single'), '<s>', 'single')
exec(s, {})
print(compile(ast.parse('x'), '<a>', 'exec', ast.PyCF_ONLY_AST).__class__.__name__)
t = ast.parse('y = 2')
print(compile(t, 'f', 'exec', flags=ast.PyCF_ONLY_AST) is t)
ns = {}
exec(compile(ast.Module([ast.Assign([ast.Name('z', ast.Store())], ast.Constant(42))], []), 'f', 'exec') if False else
     compile(ast.fix_missing_locations(ast.Module([ast.Assign([ast.Name('z', ast.Store())], ast.Constant(42))], [])), 'f', 'exec'), ns)
print(ns['z'])
