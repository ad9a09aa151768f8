import marshal
src = "def f(a):\n    return a, 'text', 1.5, 2**40\nx = f('ab_c')\n"
code = compile(src, "v.py", "exec")
for ver in range(5):
    data = marshal.dumps(code, ver)
    print(ver, data)
    back = marshal.loads(data)
    ns = {}
    exec(back, ns)
    print(ns["x"])
