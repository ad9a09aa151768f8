# f(*args, **kwargs) copies kwargs before the positional arguments are unpacked (DICT_MERGE runs before
# CALL_FUNCTION_EX): an iterator that mutates kwargs while it is unpacked doesn't change what the callee gets.
def callee(*a, **k):
    return a, sorted(k.items())


def gen(kw):
    kw["x"] = 2
    kw["late"] = 1
    yield 1
    yield 2


def caller(args_factory, kw):
    return callee(*args_factory(kw), **kw)


for i in range(3000):
    kw = {"x": 1}
    r = caller(gen, kw)
    if i % 1000 == 0:
        print(r, sorted(kw.items()))


class Lst(list):
    pass


def caller2(a, kw):
    return callee(*a, **kw)


for i in range(3000):
    r = caller2(Lst([1, 2]), {"y": i})
print(r)
for i in range(3000):
    r = caller2((3,), {"z": i})
print(r)
