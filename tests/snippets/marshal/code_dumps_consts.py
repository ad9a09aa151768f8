import marshal
src = '''
def f():
    return "a b", 1000, 2.5, "", " ", "\\u00e9", b"x", b"xy", (1, "q r"), 2**70, -0.0, 1j
def g():
    return "a b", 1000, 2.5, (1, "q r"), 2**70, 0.0, (1, (2, (3, "q r")))
def h(x):
    if x in {1, 2, 3}:
        return x in ("s", "t")
    return call(key=1, other=2), call(key=3, other=4), ...
'''
code = compile(src, "consts.py", "exec")
data = marshal.dumps(code)
print(data)
