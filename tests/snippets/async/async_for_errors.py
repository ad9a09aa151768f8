# async for on objects without the asynchronous iterator protocol
class SyncIter:
    def __iter__(self):
        return iter([1])

class AiterReturnsJunk:
    def __aiter__(self):
        return 5

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 10

async def loop_over(obj):
    try:
        async for x in obj:
            print("got", x)
    except TypeError as e:
        print(type(obj).__name__, "->", e)

for obj in [[1, 2], SyncIter(), AiterReturnsJunk(), AnextNotAwaitable()]:
    try:
        loop_over(obj).send(None)
    except StopIteration:
        pass
