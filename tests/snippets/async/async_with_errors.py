# errors from async with on objects lacking the protocol
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class NoExit:
    async def __aenter__(self):
        return 1

class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass

async def use(cm):
    try:
        async with cm:
            pass
    except TypeError as e:
        print(type(cm).__name__, "->", e)

for obj in [SyncOnly(), NoExit(), BadEnter(), 3]:
    try:
        use(obj).send(None)
    except StopIteration:
        pass
