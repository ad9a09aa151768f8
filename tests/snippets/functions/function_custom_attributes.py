def f():
    f.calls += 1
    return f.calls

f.calls = 0
f()
f()
print(f.calls, f.__dict__)
f.label = "tagged"
print(sorted(f.__dict__))
del f.label
print(hasattr(f, "label"))
def g():
    pass
print(g.__dict__, hasattr(g, "calls"))
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    g.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
g.__dict__ = {"x": 1}
print(g.x)
def annotated(a: int, b: "str" = "s") -> bool:
    pass
print(annotated.__annotations__)
