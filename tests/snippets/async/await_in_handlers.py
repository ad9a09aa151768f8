# await inside try/except/finally and with exceptions thrown in by the driver
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def guarded():
    log = []
    try:
        await Pause("body")
    except LookupError as e:
        log.append(f"except {e!r}")
        await Pause("in except")
    else:
        log.append("else")
    finally:
        log.append("finally")
        await Pause("in finally")
    return log

def drive(coro, throw_at=()):
    tags = []
    try:
        tag = coro.send(None)
        while True:
            tags.append(tag)
            if tag in throw_at:
                tag = coro.throw(IndexError("thrown"))
            else:
                tag = coro.send(None)
    except StopIteration as e:
        return tags, e.value

print(drive(guarded()))
print(drive(guarded(), throw_at=("body",)))
try:
    drive(guarded(), throw_at=("body", "in except"))
except IndexError as e:
    print("escaped:", e)
