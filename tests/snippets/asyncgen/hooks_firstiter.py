# sys.set_asyncgen_hooks: firstiter is called once per async generator, at its first iteration
import sys
from _drive import run

print(sys.get_asyncgen_hooks())
seen = []


def firstiter(ag):
    seen.append(ag.__name__)


def finalizer(ag):
    seen.append("finalize " + ag.__name__)


async def alpha():
    yield 1
    yield 2


async def beta():
    yield 3


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter, len(hooks))
a = alpha()
print("created:", seen)
run(a.__anext__())
run(a.__anext__())
b = beta()
b.aclose()
print("after use:", seen)
sys.set_asyncgen_hooks(firstiter=None)
c = alpha()
run(c.asend(None))
print("after clearing firstiter:", seen, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for bad in [dict(firstiter=1), dict(finalizer="x"), dict(other=1)]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def failing(ag):
    raise ValueError("firstiter failed")


sys.set_asyncgen_hooks(firstiter=failing)
d = alpha()
try:
    d.__anext__()
except ValueError as e:
    print("ValueError:", e)
print(run(d.__anext__()))
sys.set_asyncgen_hooks(None, None)
