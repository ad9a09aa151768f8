funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make(n):
    return lambda: n
funcs = [make(i) for i in range(3)]
print([f() for f in funcs])

def build():
    fs = []
    for k in range(3):
        def f():
            return k * 10
        fs.append(f)
    k = 100
    return fs
print([f() for f in build()])

x = 1
def read_x():
    return x
x = 2
print(read_x())
def cells():
    a = 1
    def g():
        return a
    a = 2
    return g
g = cells()
print(g(), g.__closure__[0].cell_contents, len(g.__closure__))
