# TypeErrors from await on things that are not awaitable
class BadAwait:
    def __await__(self):
        return 42

class GenAwait:
    def __await__(self):
        return iter([1, 2])

def plain_gen():
    yield 1

async def try_await(obj):
    try:
        return await obj
    except TypeError as e:
        return f"TypeError: {e}"

def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value

print(drive(try_await(3)))
print(drive(try_await(BadAwait())))
print(drive(try_await(GenAwait())))
print(drive(try_await(plain_gen())))
print(drive(try_await([1])))
