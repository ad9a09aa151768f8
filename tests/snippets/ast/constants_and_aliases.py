# Constant values and kinds from the parser; the deprecated Num/Str/Bytes/NameConstant/Ellipsis aliases.
import ast

tree = ast.parse("1, 2.0, 3j, 'a', u'b', b'c', None, True, False, ..., 10**30, 'x' 'y', f'{1}'", mode='eval')
for elt in tree.body.elts:
    if isinstance(elt, ast.Constant):
        print(type(elt.value).__name__, repr(elt.value), repr(elt.kind), elt.col_offset, elt.end_col_offset)
    else:
        print(type(elt).__name__)
print(ast.dump(ast.parse("u'x'", mode='eval')))
print(ast.parse('x', mode='eval').body.ctx is ast.parse('y', mode='eval').body.ctx)
print(ast.parse('a + b', mode='eval').body.op is ast.parse('c + d', mode='eval').body.op)
print(ast.Load() is ast.Load(), type(ast.Load()) is ast.Load)

n = ast.Num(5)
print(type(n).__name__, n.n, n.value, isinstance(n, ast.Num), isinstance(n, ast.Constant))
s = ast.Str('s')
print(type(s).__name__, s.s, isinstance(s, ast.Str), isinstance(s, ast.Bytes), isinstance(ast.Constant('x'), ast.Str))
print(isinstance(ast.Constant(b'x'), ast.Bytes), isinstance(ast.Constant(True), ast.NameConstant),
      isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Constant(1), ast.Str))
print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(1.5), ast.Num))
c = ast.Constant(3)
print(c.n, c.s)
c.n = 4
print(c.value)
print(ast.dump(ast.Num(n=7)), ast.dump(ast.Ellipsis()))
for v in [(1, (2, 3)), frozenset({1}), 10**40, -0.0, 'é', b'\x00']:
    e = ast.Expression(ast.Constant(v, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1))
    print(repr(eval(compile(e, '<c>', 'eval'))))
