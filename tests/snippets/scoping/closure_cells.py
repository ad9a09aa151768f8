# closures share cells: the last value wins, and cells are visible via __closure__
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])

def make_fixed():
    def bind(i):
        return lambda: i
    return [bind(i) for i in range(3)]
print([f() for f in make_fixed()])

def outer():
    a, b = 1, 2
    def inner():
        return a + b
    return inner
inner = outer()
print(inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__])
print(outer.__code__.co_cellvars, outer.__closure__)
