# locals() in a function is a snapshot: writing to it does not create variables
def f():
    a = 1
    snap = locals()
    snap["b"] = 2
    snap["a"] = 100
    try:
        return a, b
    except NameError as e:
        return a, f"NameError: {e}"
print(f())

def g():
    exec("c = 3")
    try:
        return c
    except NameError as e:
        return f"NameError: {e}"
print(g())

def h():
    ns = {}
    exec("c = 3", globals(), ns)
    return ns
print(h())
