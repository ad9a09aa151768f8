x = "global"

class C:
    x = "class"
    y = x + "!"

    def method(self):
        return x

    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        fails = [x for i in range(1)]
    except NameError as e:
        fails = str(e)

print(C.y, C().method(), C.doubled, C.fails)

class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))

def factory(value):
    class Local:
        v = value
        def get(self):
            return value
    return Local
L = factory(5)
print(L.v, L().get(), L.__qualname__)

class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
