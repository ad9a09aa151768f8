class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as v:
    print("body", v)
with Managed("outer"), Managed("inner", suppress=True):
    raise ValueError("swallowed")
print("after")
try:
    with Managed("b"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def early():
    with Managed("ret"):
        return "returned"
print(early())
for i in range(3):
    with Managed(f"loop{i}", suppress=True):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for cm in (NoEnter(), NoExit(), object()):
    try:
        with cm:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with TruthyExit():
    raise IndexError
print("suppressed by truthy")
