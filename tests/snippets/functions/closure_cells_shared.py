def make():
    items = []
    value = 0
    def add(x):
        items.append(x)
    def rebind():
        nonlocal value
        value += 1
    def show():
        return items, value
    return add, rebind, show

add, rebind, show = make()
add(1)
add(2)
rebind()
print(show())
print([c.cell_contents for c in show.__closure__], show.__code__.co_freevars)
add2, rebind2, show2 = make()
print(show2(), show())

def counter_factory():
    counters = []
    for name in ["a", "b"]:
        def counter(prefix=name):
            return prefix + str(len(counters))
        counters.append(counter)
    return counters
print([c() for c in counter_factory()])

def closure_after_del():
    x = 1
    def get():
        return x
    del x
    return get
try:
    closure_after_del()()
except NameError as e:
    print("NameError:", e)
