# compile() of trees whose objects are the wrong shape: obj2ast's TypeErrors and ValueErrors.
import ast

L = dict(lineno=1, col_offset=0)

def check(label, mod, mode='exec'):
    try:
        compile(mod, '<o>', mode)
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

def M(*stmts):
    return ast.Module(list(stmts), [])

def args(**kw):
    d = dict(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    d.update(kw)
    return ast.arguments(**d)

check('no lineno', M(ast.Expr(ast.Name('x', ast.Load()))))
check('expr no lineno', M(ast.Expr(ast.Name('x', ast.Load()), **L)))
check('int stmt', M(1))
check('None stmt', M(None))
check('None value', M(ast.Expr(None, **L)))
check('int value', M(ast.Expr(1, **L)))
check('bad id', M(ast.Expr(ast.Name(1, ast.Load(), **L), **L)))
check('None id', M(ast.Expr(ast.Name(None, ast.Load(), **L), **L)))
check('str subclass id', M(ast.Expr(ast.Name(type('S', (str,), {})('x'), ast.Load(), **L), **L)))
check('None ctx', M(ast.Expr(ast.Name('x', None, **L), **L)))
check('int ctx', M(ast.Expr(ast.Name('x', 1, **L), **L)))
check('ctx class', M(ast.Expr(ast.Name('x', ast.Load, **L), **L)))
check('str lineno', M(ast.Expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0), **L)))
check('None lineno', M(ast.Expr(ast.Name('x', ast.Load(), lineno=None, col_offset=0), **L)))
check('big lineno', M(ast.Expr(ast.Name('x', ast.Load(), lineno=2**70, col_offset=0), **L)))
check('float lineno', M(ast.Expr(ast.Name('x', ast.Load(), lineno=1.5, col_offset=0), **L)))
check('bool lineno', M(ast.Expr(ast.Name('x', ast.Load(), lineno=True, col_offset=0), **L)))
check('no end', M(ast.Expr(ast.Name('x', ast.Load(), lineno=3, col_offset=5, end_lineno=None), **L)))
check('no value', M(ast.Expr(ast.Constant(**L), **L)))
check('kind int', M(ast.Expr(ast.Constant(1, kind=3, **L), **L)))
check('kind bytes', M(ast.Expr(ast.Constant(1, kind=b'u', **L), **L)))
check('body int', ast.Module(5, []))
check('body tuple', ast.Module((), []))
check('no type_ignores', ast.Module([]))
check('type_ignores int', ast.Module([], type_ignores=[1]))
check('Expression in exec', ast.Expression(body=ast.Name('x', ast.Load())), 'exec')
check('Name in eval', ast.Name('x', ast.Load()), 'eval')
check('int in eval', 5, 'eval')
check('Module in eval', M(), 'eval')
check('Module in single', M(), 'single')
check('Interactive in exec', ast.Interactive([]), 'exec')
check('FunctionType', ast.FunctionType([], ast.Name('x', ast.Load())), 'exec')
check('func_type mode', ast.FunctionType([], ast.Name('x', ast.Load())), 'func_type')
check('bad mode', M(), 'bogus')
check('args None', M(ast.FunctionDef(name='f', args=None, body=[ast.Pass(**L)], decorator_list=[], **L)))
check('args empty', M(ast.FunctionDef(name='f', args=ast.arguments(), body=[ast.Pass(**L)], decorator_list=[], **L)))
check('arg no name', M(ast.FunctionDef(name='f', args=args(args=[ast.arg()]), body=[ast.Pass(**L)], decorator_list=[], **L)))
check('arg no lineno', M(ast.FunctionDef(name='f', args=args(args=[ast.arg('x')]), body=[ast.Pass(**L)], decorator_list=[], **L)))
check('arg None', M(ast.FunctionDef(name='f', args=args(args=[None]), body=[ast.Pass(**L)], decorator_list=[], **L)))
check('name None', M(ast.FunctionDef(name=None, args=args(), body=[ast.Pass(**L)], decorator_list=[], **L)))
check('name missing', M(ast.FunctionDef(args=args(), body=[ast.Pass(**L)], decorator_list=[], **L)))
check('returns int', M(ast.FunctionDef(name='f', args=args(), body=[ast.Pass(**L)], decorator_list=[], returns=3, **L)))
check('level None', M(ast.ImportFrom(module=None, names=[ast.alias('x', **L)], level=None, **L)))
check('alias no lineno', M(ast.ImportFrom(module=None, names=[ast.alias('x')], **L)))
check('cmpop int', M(ast.Expr(ast.Compare(ast.Name('x', ast.Load(), **L), [1], [ast.Name('x', ast.Load(), **L)], **L), **L)))
check('op class', M(ast.Expr(ast.BinOp(ast.Name('x', ast.Load(), **L), ast.Add, ast.Name('x', ast.Load(), **L), **L), **L)))
check('simple None', M(ast.AnnAssign(ast.Name('x', ast.Store(), **L), ast.Name('int', ast.Load(), **L), None, None, **L)))
check('simple missing', M(ast.AnnAssign(ast.Name('x', ast.Store(), **L), ast.Name('int', ast.Load(), **L), None, **L)))
check('simple big', M(ast.AnnAssign(ast.Name('x', ast.Store(), **L), ast.Name('int', ast.Load(), **L), None, 2**40, **L)))

class Shrink(list):
    pass

body = Shrink()
class Evil(ast.Pass):
    pass
ev = Evil(**L)
body.append(ev)
check('list subclass', ast.Module(body, []))
