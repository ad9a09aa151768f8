# ast_type_init: positional arguments up to len(_fields), keywords, and CPython's errors.
import ast

def show(f):
    try:
        r = f()
        items = sorted(vars(r).items(), key=lambda kv: kv[0])
        print('ok', type(r).__name__, [(k, ast.dump(v) if isinstance(v, ast.AST) else v) for k, v in items])
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: ast.Name('x'))
show(lambda: ast.Name('x', ast.Load()))
show(lambda: ast.Name('x', ast.Load(), 3))
show(lambda: ast.Name('x', id='y'))
show(lambda: ast.Name(ctx=ast.Store(), id='z'))
show(lambda: ast.Name(foo=1))
show(lambda: ast.Name('x', lineno=3, col_offset=4))
show(lambda: ast.Load(1))
show(lambda: ast.If(1, 2, 3, 4))
show(lambda: ast.arg(1, 2, 3, 4))
show(lambda: ast.AST(1))
show(lambda: ast.AST(x=1))
show(lambda: ast.Constant(1, 'u'))
show(lambda: ast.Constant(value=None))
show(lambda: ast.Pass(1))
show(lambda: ast.Pass())
show(lambda: ast.arguments())
show(lambda: ast.keyword('a', ast.Constant(1)))
for attr in ('body', 'type_ignores'):
    try:
        getattr(ast.Module(), attr)
    except AttributeError as e:
        print('AttributeError', e)
print(ast.FunctionDef().returns, ast.Return().value, ast.ImportFrom().level, ast.expr().end_lineno)
print(ast.Name('x').lineno if hasattr(ast.Name('x'), 'lineno') else 'no lineno')

class N(ast.AST):
    _fields = ('a', 'b')

n = N(1, b=2)
print(n.a, n.b, N._attributes, N.__module__)
show(lambda: N(1, 2, 3))
show(lambda: N(1, a=5))
show(lambda: N(1, c=2))

class M(ast.AST):
    _fields = 5

show(lambda: M())
show(lambda: M(1))

class Sub(ast.Name):
    pass

s = Sub('y', ast.Load())
print(type(s).__name__, s.id, isinstance(s, ast.Name), isinstance(s, ast.expr))
print(ast.dump(s))
