# ast.dump of match statements: every pattern kind, with positions.
import ast

src = '''
match command.split():
    case [action]:
        pass
    case [action, obj, *rest]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"k": v, 1: w, **kw}:
        pass
    case -1 | 1.5 | 2 + 3j | -1 - 2j | "s" | b"b" | None | True | False:
        pass
    case a.b.c:
        pass
    case (x as y) if y > 0:
        pass
    case [*_]:
        pass
    case _:
        pass
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=2))
for case in tree.body[0].cases:
    p = case.pattern
    print(type(p).__name__, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset, p._fields)
