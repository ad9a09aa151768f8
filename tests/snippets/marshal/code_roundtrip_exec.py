import marshal
src = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
def gen(n):
    yield from range(n)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return str(e)
    finally:
        pass
result = [fib(20), list(gen(4)), Point(1, "y"), safe_div(1, 0), safe_div(6, 3)]
'''
code = compile(src, "prog.py", "exec")
data = marshal.dumps(code)
back = marshal.loads(data)
ns = {"__name__": "prog"}
exec(back, ns)
print(ns["result"])
inc = ns["counter"]()
print(inc(), inc(5), inc())
print(ns["fib"].__code__.co_filename, ns["Point"].__repr__.__qualname__)
try:
    ns["fib"]("x")
except TypeError as e:
    print("TypeError", e)
