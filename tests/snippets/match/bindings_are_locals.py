# names captured by patterns are ordinary local variables of the function
def f(v):
    match v:
        case (a, b):
            pass
        case [*c]:
            pass
        case {"k": d}:
            pass
    return sorted(locals())

print(f((1, 2)))
print(f([1, 2, 3]))
print(f({"k": 0}))
print(f.__code__.co_varnames)

def unbound():
    match 1:
        case 2 as never:
            pass
    return never
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
