# throw() and close() on a suspended coroutine
class Pause:
    def __await__(self):
        yield "paused"

async def job():
    try:
        await Pause()
    except KeyError as e:
        print("job caught", repr(e))
        await Pause()
    finally:
        print("job finally")
    return "unreachable?"

c = job()
print(c.send(None))
print(c.throw(KeyError("k")))
c.close()
print(c.cr_frame)
c2 = job()
c2.send(None)
try:
    c2.throw(ValueError("v"))
except ValueError as e:
    print("escaped:", e)
c3 = job()
c3.close()
print("closing an unstarted coroutine prints nothing")
