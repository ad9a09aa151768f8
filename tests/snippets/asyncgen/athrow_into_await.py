# throwing into an async generator's step while it is suspended in an inner await: the exception
# goes to the awaited object's throw()
from _drive import step


class Inner:
    def __init__(self, log):
        self.log = log

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return "inner tick"

    def send(self, value):
        return "inner tick"

    def throw(self, typ, *rest):
        self.log.append(("throw", typ.__name__))
        raise typ

    def close(self):
        self.log.append("close")


async def agen(log):
    try:
        await Inner(log)
        yield "never"
    except ValueError:
        yield "caught ValueError"
    finally:
        await Inner(log)
        log.append("finally done")


log = []
ag = agen(log)
first = ag.__anext__()
print(step(first))
try:
    first.throw(ValueError)
except StopIteration as e:
    print("throw ->", e.value)
print(log, ag.ag_running)

closing = ag.aclose()
print(step(closing), ag.ag_running, type(ag.ag_await).__name__)
try:
    closing.throw(KeyError)
except KeyError:
    print("KeyError escaped from the cleanup await")
print(log, ag.ag_running, ag.ag_frame)

# a step abandoned with close() while suspended leaves the generator marked as running
async def simple(log):
    await Inner(log)
    yield 1


log = []
ag = simple(log)
s = ag.__anext__()
print(step(s))
s.close()
print(ag.ag_running, step(ag.__anext__()), step(ag.aclose()))
