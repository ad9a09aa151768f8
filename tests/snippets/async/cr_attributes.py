# cr_await, cr_frame, cr_running, cr_suspended, cr_code through a coroutine's life
class Wait:
    def __await__(self):
        yield "w"

async def inner():
    await Wait()

async def outer():
    print("running:", c.cr_running, c.cr_suspended)
    await inner()

c = outer()
print(c.cr_code is outer.__code__, c.cr_code.co_name)
print("created:", c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None)
c.send(None)
print("suspended:", c.cr_running, c.cr_suspended)
print("cr_await:", type(c.cr_await).__name__, c.cr_await.__name__)
print("inner cr_await:", type(c.cr_await.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print("done:", c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame)
print(outer.__code__.co_flags & 0x80 != 0)
