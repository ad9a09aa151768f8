# ast.get_docstring (cleaned through inspect.cleandoc, or raw).
import ast

src = '''"""Module doc."""
def f():
    """Docstring of f.

        Indented more.
    Back."""
class K:
    "k doc"
async def g():
    b"not a docstring"
def h():
    x = 1
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree)))
for node in tree.body[1:]:
    print(node.name, repr(ast.get_docstring(node)), repr(ast.get_docstring(node, clean=False)))
try:
    ast.get_docstring(tree.body[1].body[0])
except TypeError as e:
    print(e)
