# From CPython's test_generators: an exception thrown into a generator that delegates with
# `yield from` gets the delegating generator's handled exception as __context__, and a class whose
# instantiation fails is thrown in as the resulting TypeError (which finishes the generator).
def f():
    yield

def g():
    try:
        raise KeyError('a')
    except Exception:
        yield from f()

gen = g()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__), e.__context__.__context__)

def h():
    try:
        raise KeyError('b')
    except Exception:
        yield

gen = h()
gen.send(None)
try:
    gen.throw(ValueError('v'))
except ValueError as e:
    print(repr(e), repr(e.__context__))

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield

gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print(e)
print(next(gen, 'exhausted'))

def catching():
    try:
        yield 1
    except TypeError as e:
        yield 'caught: ' + str(e)

gen = catching()
next(gen)
print(gen.throw(E))

class Bad(Exception):
    def __init__(self):
        raise OSError('no')

gen = catching()
next(gen)
try:
    gen.throw(Bad)
except OSError as e:
    print('OSError', e, next(gen, 'exhausted'))
