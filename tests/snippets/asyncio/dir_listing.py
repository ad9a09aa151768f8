# The native classes and module expose what CPython's do.
import asyncio
import _asyncio

print(sorted(n for n in dir(_asyncio) if n != "__file__"))
print(sorted(dir(_asyncio.Future)))
print(sorted(set(dir(_asyncio.Task)) - set(dir(_asyncio.Future))))
print(asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task, asyncio.futures._CFuture is _asyncio.Future)
print(_asyncio.Task.__mro__, _asyncio.Future.__module__, _asyncio.Task.__qualname__)
print(_asyncio.Task.__doc__)
print(_asyncio.Future.__doc__.splitlines()[0])
print(asyncio.Future[int], asyncio.Task[str])
f = asyncio.Future(loop=asyncio.new_event_loop())
f.custom = 5
print(f.custom, hasattr(f, "__dict__"))
import weakref
print(weakref.ref(f)() is f)
