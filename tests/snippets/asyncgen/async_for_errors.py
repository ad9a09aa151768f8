# errors from async for over things that are not proper async iterators
from _drive import run


async def agen():
    yield 1


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class RaisesInANext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from __anext__")


async def loop_over(obj):
    async for x in obj:
        return x


for obj in [agen, agen(), [1, 2], BadANext(), RaisesInANext()]:
    try:
        print("result:", run(loop_over(obj)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__)
