# Location attributes: columns are UTF-8 byte offsets, multi-line nodes, decorators, and nodes without them.
import ast

src = "é = 'ü' + b\nπ = (1 +\n     2)\n@deco\nclass C: pass\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    else:
        print(type(node).__name__, '-')
print(ast.get_source_segment(src, tree.body[0].value))
print(ast.get_source_segment(src, tree.body[1].value))
print(ast.dump(ast.parse('f(a)(b)[c]', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = """a\nb"""'), include_attributes=True))
print(ast.dump(ast.parse("f'{a}' f'{b}'", mode='eval'), include_attributes=True))
