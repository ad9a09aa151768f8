# compile()'s flags check and PyCF_ONLY_AST with other flags.
import ast

for flags in (0x800, 0x8, 0x20000, 0x40000, 0x4000, -1, 2**40, 0x10000000, ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS):
    try:
        r = compile('1', 'f', 'eval', flags=flags)
        print(hex(flags), type(r).__name__)
    except (ValueError, OverflowError) as e:
        print(hex(flags), type(e).__name__, e)
for bad in ([], 1.5, 'x'):
    try:
        compile('1', 'f', 'eval', flags=bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(compile('x', 'f', 'exec', ast.PyCF_ONLY_AST, True, 2)).__name__)
print(type(compile(ast.parse('x'), 'f', 'exec', optimize=1)).__name__)
try:
    compile(ast.parse('x'), 'f', 'exec', optimize=5)
except ValueError as e:
    print(e)
