# Future.set_exception: classes are instantiated, StopIteration and non-exceptions are refused.
import asyncio

loop = asyncio.new_event_loop()
for exc in (ValueError, ValueError("v"), StopIteration, StopIteration(1), 42, None, "x", KeyboardInterrupt):
    f = loop.create_future()
    try:
        f.set_exception(exc)
        print(repr(exc), "->", repr(f.exception()), f._state)
    except TypeError as e:
        print(repr(exc), "-> TypeError:", e, f._state)

class MyStop(StopIteration):
    pass

f = loop.create_future()
f.set_exception(MyStop(2))
print("subclass of StopIteration accepted:", repr(f.exception()))

class Boom(Exception):
    def __init__(self):
        raise RuntimeError("cannot build")

f = loop.create_future()
try:
    f.set_exception(Boom)
except RuntimeError as e:
    print("constructor error:", e, f.done())
loop.close()
