# PEP 479: StopIteration escaping a generator body becomes RuntimeError
def gen():
    yield 1
    raise StopIteration("inner stop")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__cause__ is e.__context__)
    print(e.__suppress_context__)

def via_next():
    it = iter([])
    yield next(it)

try:
    list(via_next())
except RuntimeError as e:
    print("via next():", e, type(e.__cause__).__name__)

def returns():
    yield 1
    return "fine"
print(list(returns()))
