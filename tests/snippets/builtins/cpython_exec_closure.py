# exec()'s keyword-only closure argument (3.11) and its argument errors (test_builtin.test_exec_closure).
import types


def three():
    a = b = c = 0

    def f():
        print(a, b, c)
    return f


f = three()
cells = tuple(types.CellType(i) for i in (1, 2, 3))
exec(f.__code__, {}, closure=cells)
exec(f.__code__, {}, None, closure=cells)
cells[0].cell_contents = 'changed'
exec(f.__code__, {}, closure=cells)
for bad in [None, (1, 2, 3), (types.CellType(1),), list(cells)]:
    try:
        exec(f.__code__, {}, closure=bad)
    except TypeError as e:
        print("TypeError:", e)
for call in ['exec("x", closure=())', 'exec("print(5)", closure=1)',
             'exec(compile("1", "", "exec"), closure=())',
             'exec(compile("1", "", "exec"), closure=None)',
             'exec("1", closure=None, x=1)', 'exec("1", globals={})', 'exec(source="1")',
             'exec(closure=None)', 'exec()', 'exec("1", {}, {}, {})', 'exec("1", {}, {}, {}, {})',
             'eval("1", closure=None)', 'eval()', 'eval("1", {}, {}, {})']:
    try:
        print(call, '->', eval(call))
    except TypeError as e:
        print(call, '-> TypeError:', e)
