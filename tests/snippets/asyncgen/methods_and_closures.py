# async generators as methods, static/class methods, closures and decorated functions
from _drive import run


def collect(ag):
    async def go():
        return [x async for x in ag]
    return run(go())


class Box:
    def __init__(self, items):
        self.items = items

    async def each(self):
        for item in self.items:
            yield item

    @staticmethod
    async def static(n):
        for i in range(n):
            yield -i

    @classmethod
    async def named(cls):
        yield cls.__name__

    def __aiter__(self):
        return self.each()


def make_counter(step):
    total = 0

    async def counter(n):
        nonlocal total
        for _ in range(n):
            total += step
            yield total

    return counter


def logged(fn):
    async def wrapper(*args):
        print("start", fn.__name__, args)
        async for x in fn(*args):
            yield x
        print("end", fn.__name__)
    return wrapper


@logged
async def letters(s):
    for ch in s:
        yield ch


b = Box([1, 2])
print(collect(b.each()), collect(Box.static(3)), collect(Box.named()))
print(b.each().__qualname__, Box.static(1).__qualname__)


async def main():
    return [x async for x in b]


print(run(main()))
c = make_counter(5)
print(collect(c(2)), collect(c(2)), c(1).__qualname__)
print(collect(letters("ab")), letters.__name__)
