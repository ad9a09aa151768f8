# ast.literal_eval over literals and its errors.
import ast

for s in ["1", "-1", "+1.5", "1+2j", "-3-4j", "'s'", "b'b'", "None", "True", "(1, [2, {3: 4}], {5})",
          "set()", "{'a': (1, 2)}", "  42  ", "\t'x'", "1_000", "0x1F", "()", "[]", "{}"]:
    print(repr(s), '->', repr(ast.literal_eval(s)))
for bad in ["x", "1 + x", "f()", "[1, 2][0]", "{**a}", "2 ** 8", "1 +", "set([1])", "'a' + 'b'", "-'a'", "1 + 1",
            "(1j) + 1"]:
    try:
        print(repr(bad), '->', repr(ast.literal_eval(bad)))
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(bad), type(e).__name__, str(e).split(' at 0x')[0])
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(7)))
