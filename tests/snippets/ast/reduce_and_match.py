# AST.__reduce__, and structural pattern matching on nodes through __match_args__.
import ast

n = ast.Name('x', ast.Load(), lineno=1)
r = n.__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
print(ast.AST().__reduce__(), ast.Load().__reduce__()[1:])
rebuilt = r[0](*r[1])
rebuilt.__dict__.update(r[2])
print(ast.dump(rebuilt, include_attributes=True))
print(n.__reduce_ex__(2)[0] is ast.Name)

def describe(node):
    match node:
        case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
            return f'add {a} {b}'
        case ast.Call(ast.Name(name), args):
            return f'call {name} with {len(args)}'
        case ast.Name(id=i, ctx=ast.Store()):
            return f'store {i}'
        case ast.Constant(value=str() as s, kind='u'):
            return f'u-string {s}'
        case ast.expr():
            return 'other expr ' + type(node).__name__
    return 'no match'

for src in ['1 + 2', 'f(1, 2)', "u'q'", 'a.b', 'x']:
    print(describe(ast.parse(src, mode='eval').body))
print(describe(ast.parse('y = 1').body[0].targets[0]))
print(describe(ast.Pass()))
n.extra = 5
print(sorted(vars(n)))
del n.extra
print(hasattr(n, 'extra'), n.__dict__ is vars(n))
n.__dict__ = {'id': 'z'}
print(n.id, ast.dump(n))
