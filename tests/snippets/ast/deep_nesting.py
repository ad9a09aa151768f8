# ast construction's recursion limit (counted from the caller's depth), and deep trees compiled back.
import ast

def first_fail(lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            ast.parse('-' * mid + 'x')
            lo = mid + 1
        except RecursionError as e:
            msg = str(e)
            hi = mid
    return lo, msg

print(first_fail(100, 3100))

def nested():
    return first_fail(100, 3100)

print(nested())
tree = ast.parse('(' * 50 + '1' + ')' * 50 + ' + ' + ' + '.join(['x'] * 200), mode='eval')
print(eval(compile(tree, '<deep>', 'eval'), {'x': 2}))
