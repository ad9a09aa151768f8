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

# Only the generator's own handled exception is chained (test_contextlib issue 20317): an exception
# with a context of its own keeps it when thrown into a generator suspended outside any handler.
from contextlib import ExitStack, contextmanager

@contextmanager
def gets_the_context_right(exc):
    try:
        yield
    finally:
        raise exc

exc1, exc2, exc3, exc4 = (Exception(i) for i in range(1, 5))
try:
    with ExitStack() as stack:
        stack.enter_context(gets_the_context_right(exc4))
        stack.enter_context(gets_the_context_right(exc3))
        stack.enter_context(gets_the_context_right(exc2))
        raise exc1
except Exception as exc:
    chain = []
    while exc is not None:
        chain.append(exc.args[0])
        exc = exc.__context__
    print(chain)
