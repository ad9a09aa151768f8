# ast.dump of expressions: operators, comprehensions, f-strings, constants, slices.
import ast

SOURCES = [
    "a + b - c * d / e // f % g ** h @ i",
    "a << b >> c | d ^ e & f",
    "-a + +b - ~c, not d",
    "a and b or c and not d",
    "a < b <= c > d >= e == f != g is h is not i in j not in k",
    "a if b else c",
    "[1, 2.5, 3j, 'x', b'y', None, True, False, ...]",
    "(1,), (), [], {}, {1}, {1: 2, **d}, {*a, *b}",
    "[x for x in y if x for z in w]",
    "{x for x in y}, {k: v for k, v in z}, (g for g in h)",
    "[x async for x in y]",
    "f(a, *b, c=d, **e)",
    "a.b.c[d][e:f][::g][h:i:j][k, l:m]",
    "f'{a}{b!r}{c:>10}{d!s:{e}}text{{}}'",
    "f'{x=}' f'{y = !a}'",
    "'a' 'b' u'c'",
    "b'a' b'b'",
    "(x := 10)",
    "0x10 + 0o7 + 0b1 + 1_000 + 1e10 + 1.5e-3 + 10**100",
    "'\\u00e9\\N{BULLET}\\x00'",
    "*a, b = c",
    "await x" ,
]
for src in SOURCES:
    print(src)
    mode = 'eval' if not src.startswith(('*', 'await')) else 'exec'
    try:
        tree = ast.parse(src, mode=mode)
    except SyntaxError as e:
        print('SyntaxError', e)
        continue
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True, indent=1)[:400])
