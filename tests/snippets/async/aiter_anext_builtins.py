# the aiter() and anext() builtins, with and without a default
from _aio import run

async def two():
    yield "one"
    yield "two"

ag = two()
it = aiter(ag)
print(it is ag)
print(run(anext(it)))
print(run(anext(it, "default")))
print(run(anext(it, "default")))
try:
    run(anext(it))
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    aiter([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    anext(iter([1]))
except TypeError as e:
    print("TypeError:", e)
