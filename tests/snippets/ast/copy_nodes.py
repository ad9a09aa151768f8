# copy.copy / copy.deepcopy of trees (through AST.__reduce__) compile and run like the original.
import ast, copy

t = ast.parse('y = 2\nx = [1, (2, y)]\nprint(x)')
c = copy.deepcopy(t)
print(ast.dump(c, include_attributes=True) == ast.dump(t, include_attributes=True), c.body[0] is not t.body[0])
s = copy.copy(t.body[0])
print(s.targets is t.body[0].targets, type(s).__name__, s.lineno)
exec(compile(c, 'c', 'exec'))
print(c.body[1].value.ctx is t.body[1].value.ctx, type(c.body[1].value.ctx).__name__)
n = copy.deepcopy(ast.Name('q'))
print(ast.dump(n), hasattr(n, 'ctx'))
class MyNode(ast.AST):
    _fields = ('a',)
m = copy.deepcopy(MyNode([1, 2]))
print(type(m).__name__, m.a)
