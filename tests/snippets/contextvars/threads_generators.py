# Each thread starts with an empty context; generators and coroutines use their caller's context (3.11).
import threading
from contextvars import ContextVar, copy_context

v = ContextVar('v', default='unset')
v.set('main')
seen = []
def worker():
    seen.append(v.get())
    v.set('worker')
    seen.append(v.get())
t = threading.Thread(target=worker); t.start(); t.join()
print(seen, v.get())
ctx = copy_context()
res = []
t = threading.Thread(target=lambda: res.append(ctx.run(v.get))); t.start(); t.join()
print(res)

def gen():
    yield v.get()
    v.set('set in gen')
    yield v.get()
g = gen()
print(next(g), v.get())
print(next(g), v.get())
v.set('main')
print(copy_context().run(lambda: (next(gen()), v.get())))
