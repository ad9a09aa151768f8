# any yield in the body makes a generator function, even an unreachable one
def looks_plain():
    return 42
    yield

def also_gen():
    if False:
        yield
    print("body runs only when iterated")

r = looks_plain()
print(type(r).__name__)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value", e.value)
g = also_gen()
print("created")
print(list(g))
print(looks_plain.__code__.co_flags & 0x20 != 0, (lambda: 1).__code__.co_flags & 0x20 != 0)
f = lambda: (yield 5)
print(list(f()))
