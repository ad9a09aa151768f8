# in a class body a name assigned later falls back to globals, not to an unbound local
name = "module level"
class A:
    first = name
    name = "class level"
    second = name
print(A.first, "|", A.second)

def f():
    name = "enclosing function"
    class B:
        print("B sees:", name)
    class C:
        seen = name
        name = "C's own"
    return C.seen, C.name
print(f())
