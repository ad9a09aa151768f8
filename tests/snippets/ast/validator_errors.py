# compile() of invalid trees: the validator's ValueErrors and TypeErrors (Python/ast.c).
import ast

L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)

def N(id, ctx=None):
    return ast.Name(id, ctx or ast.Load(), **L)

def C(v):
    return ast.Constant(v, **L)

def E(e):
    return ast.Expr(e, **L)

def args(**kw):
    d = dict(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    d.update(kw)
    return ast.arguments(**d)

def check(label, node, mode='exec'):
    if isinstance(node, ast.stmt):
        node = ast.Module([node], [])
    elif isinstance(node, ast.expr):
        node = ast.Module([E(node)], [])
    try:
        compile(node, '<v>', mode)
        print(label, 'ok')
    except (ValueError, TypeError, SyntaxError) as e:
        print(label, type(e).__name__, e)

check('empty body', ast.FunctionDef('f', args(), [], [], None, **L))
check('class body', ast.ClassDef('C', [], [], [], [], **L))
check('for body', ast.For(N('x', ast.Store()), N('y'), [], [], **L))
check('while body', ast.While(N('x'), [], [], **L))
check('if body', ast.If(N('x'), [], [], **L))
check('with items', ast.With([], [ast.Pass(**L)], **L))
check('with body', ast.With([ast.withitem(N('a'), None)], [], **L))
check('delete', ast.Delete([], **L))
check('assign', ast.Assign([], C(1), **L))
check('store ctx', ast.Assign([N('x')], C(1), **L))
check('del ctx', ast.Delete([N('x', ast.Store())], **L))
check('assign call', ast.Assign([ast.Call(N('f'), [], [], **L)], C(1), **L))
check('del const', ast.Delete([C(1)], **L))
check('augassign', ast.AugAssign(N('x'), ast.Add(), C(1), **L))
check('annassign', ast.AnnAssign(ast.Attribute(N('a'), 'b', ast.Store(), **L), N('int'), None, 1, **L))
check('raise cause', ast.Raise(None, N('c'), **L))
check('try empty', ast.Try([ast.Pass(**L)], [], [], [], **L))
check('try orelse', ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)], [ast.Pass(**L)], **L))
check('trystar empty', ast.TryStar([ast.Pass(**L)], [], [], [], **L))
check('handler body', ast.Try([ast.Pass(**L)], [ast.ExceptHandler(None, None, [], **L)], [], [], **L))
check('import', ast.Import([], **L))
check('importfrom', ast.ImportFrom('m', [], 0, **L))
check('importfrom level', ast.ImportFrom('m', [ast.alias('x', **L)], -1, **L))
check('global', ast.Global([], **L))
check('nonlocal', ast.Nonlocal([], **L))
check('none name', N('None'))
check('true name', N('True', ast.Store()))
check('boolop', ast.BoolOp(ast.And(), [N('a')], **L))
check('compare', ast.Compare(N('a'), [], [], **L))
check('compare ops', ast.Compare(N('a'), [ast.Lt()], [N('b'), N('c')], **L))
check('dict', ast.Dict([C(1)], [], **L))
check('dict unpack', ast.Dict([None], [N('d')], **L))
check('set none', ast.Set([None], **L))
check('listcomp', ast.ListComp(N('x'), [], **L))
check('constant list', C([1]))
check('constant nested', C((1, frozenset({2}), (3, [4]))))
check('constant ok', C((1, frozenset({2}), (3, b'4', 5j, None, ..., True))))
check('namedexpr', ast.NamedExpr(ast.Attribute(N('a'), 'b', ast.Store(), **L), C(1), **L))
check('defaults', ast.Lambda(args(defaults=[C(1)]), C(0), **L))
check('kw_defaults', ast.Lambda(args(kwonlyargs=[ast.arg('a', **L)]), C(0), **L))
check('None stmt', ast.Module([None], []))
check('None expr', ast.Module([E(ast.List([None], ast.Load(), **L))], []))
check('line range', E(ast.Name('x', ast.Load(), lineno=3, col_offset=0, end_lineno=2, end_col_offset=0)))
check('col range', E(ast.Name('x', ast.Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=2)))
check('neg col', E(ast.Name('x', ast.Load(), lineno=1, col_offset=-1, end_lineno=1, end_col_offset=3)))
check('neg line', E(ast.Name('x', ast.Load(), lineno=-2, col_offset=0, end_lineno=-1, end_col_offset=0)))
check('arg positions', ast.FunctionDef('f', args(args=[ast.arg('a', lineno=5, col_offset=0, end_lineno=1, end_col_offset=0)]),
                                       [ast.Pass(**L)], [], None, **L))

def match(pattern, guard=None):
    return ast.Match(N('x'), [ast.match_case(pattern, guard, [ast.Pass(**L)])], **L)

check('match cases', ast.Match(N('x'), [], **L))
check('matchvalue name', match(ast.MatchValue(N('y'), **L)))
check('matchvalue const', match(ast.MatchValue(C(None), **L)))
check('matchvalue ellipsis', match(ast.MatchValue(C(...), **L)))
check('matchsingleton', match(ast.MatchSingleton(1, **L)))
check('matchstar', match(ast.MatchStar('s', **L)))
check('matchas', match(ast.MatchAs(ast.MatchAs(None, 'a', **L), None, **L)))
check('capture _', match(ast.MatchAs(None, '_', **L)))
check('matchor', match(ast.MatchOr([ast.MatchAs(None, None, **L)], **L)))
check('matchmapping', match(ast.MatchMapping([C(1)], [], None, **L)))
check('matchclass', match(ast.MatchClass(N('C'), [], ['a'], [], **L)))
check('matchclass cls', match(ast.MatchClass(ast.Call(N('C'), [], [], **L), [], [], [], **L)))
check('matchclass kwd', match(ast.MatchClass(N('C'), [], ['None'], [ast.MatchAs(None, None, **L)], **L)))
check('match ok', match(ast.MatchSequence([ast.MatchStar(None, **L), ast.MatchValue(
    ast.BinOp(ast.UnaryOp(ast.USub(), C(1), **L), ast.Add(), C(2j), **L), **L)], **L)))
check('eval mode', ast.Expression(N('x', ast.Store())), 'eval')
check('functype', ast.FunctionType([], N('x')), 'exec')
