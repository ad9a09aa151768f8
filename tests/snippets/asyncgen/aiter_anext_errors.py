# aiter() and anext() argument checking and error messages


class NoANext:
    def __aiter__(self):
        return 42


class OnlyANext:
    async def __anext__(self):
        return 1


async def agen():
    yield 1


calls = [
    lambda: aiter(),
    lambda: aiter(1, 2),
    lambda: aiter([1]),
    lambda: aiter(NoANext()),
    lambda: aiter(OnlyANext()),
    lambda: aiter(x=1),
    lambda: anext(),
    lambda: anext(agen(), 1, 2),
    lambda: anext([]),
    lambda: anext(iter([])),
    lambda: anext(agen(), default=1),
    lambda: anext(aiter),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
c = anext(OnlyANext())
print(type(c).__name__)
c.close()
w = anext(OnlyANext(), None)
print(type(w).__name__, w.__await__() is w, iter(w) is w)
print(w.close())
ag = agen()
print(aiter(ag) is ag)
