# ast.parse in every mode, and compile() flags and modes around PyCF_ONLY_AST.
import ast

print(ast.dump(ast.parse('x + 1', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1; print(x)', mode='single'), include_attributes=True))
print(ast.dump(ast.parse('(int, *str, **dict) -> bool', mode='func_type'), include_attributes=True))
print(ast.dump(ast.parse('() -> None', mode='func_type')))
print(ast.dump(ast.parse('', mode='exec')))
print(ast.dump(ast.parse(b'x = "\xc3\xa9"')))
print(ast.dump(ast.parse('# -*- coding: latin-1 -*-\nx = 1\n'.encode())))
print(ast.dump(ast.parse('x', feature_version=(3, 8))))
print(ast.dump(ast.parse('await x', mode='eval')))
tree = compile('x = 1', '<f>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, tree.body[0].lineno)
tree = compile('1 + 2', '<f>', 'eval', flags=ast.PyCF_ONLY_AST, dont_inherit=True)
print(type(tree).__name__, ast.dump(tree.body))
for mode in ('func_type', 'bogus'):
    try:
        compile('() -> int', '<f>', mode)
    except ValueError as e:
        print(mode, e)
for src, mode in [('x = ', 'exec'), ('x = 1', 'eval'), ('(int) ->', 'func_type'), ('1 +', 'single')]:
    try:
        ast.parse(src, '<file>', mode)
    except SyntaxError as e:
        print(mode, type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    ast.parse('x = 1\0')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
print(ast.parse('1 +\\\n 2', mode='eval').body.end_lineno)
