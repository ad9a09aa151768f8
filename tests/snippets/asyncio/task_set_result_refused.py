# A Task's result comes from its coroutine only.
import asyncio

async def main():
    t = asyncio.ensure_future(asyncio.sleep(0, result=5))
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await t, t.result(), t.exception(), t.get_coro().__name__, t._coro is t.get_coro())
    print(t._fut_waiter, t._must_cancel, t._log_destroy_pending)
    t._log_destroy_pending = 0
    print(t._log_destroy_pending)

asyncio.run(main())
