# NodeVisitor, NodeTransformer, walk, iter_fields, fix_missing_locations, copy_location, increment_lineno,
# get_source_segment.
import ast

src = '''def f(a, b):
    """Docstring of f.

    More."""
    x = a + b * 2
    return g(x, 3)

class K:
    "k doc"
'''
tree = ast.parse(src)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)
    def visit_Constant(self, node):
        self.names.append(('const', node.value))

c = Counter()
c.visit(tree)
print(c.names)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0].body[1].value)])

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_Return(self, node):
        self.generic_visit(node)
        return [ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('returning')], [])), node]

new = ast.fix_missing_locations(Doubler().visit(tree))
print(ast.unparse(new))
ns = {'g': lambda x, y: (x, y)}
exec(compile(new, '<t>', 'exec'), ns)
print(ns['f'](1, 2))
print(ast.get_source_segment(src, tree.body[0].body[1]))
print(ast.get_source_segment(src, tree.body[0].body[1].value, padded=True))
ast.increment_lineno(tree, 10)
print(tree.body[0].lineno, tree.body[0].body[1].end_lineno, tree.body[1].lineno)
e = ast.parse('x', mode='eval')
e.body = ast.BinOp(ast.Name('x', ast.Load()), ast.Add(), ast.Constant(1))
ast.fix_missing_locations(e)
print(ast.dump(e, include_attributes=True))
print(eval(compile(e, '<e>', 'eval'), {'x': 41}))
