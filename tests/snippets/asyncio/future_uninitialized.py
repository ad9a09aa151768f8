# A Future made by __new__ alone: every operation reports that it is not initialized.
import asyncio

F = asyncio.Future
f = F.__new__(F)
print(f.done(), f.cancelled(), f._loop, f._source_traceback, f._asyncio_future_blocking)
tests = {
    "result": lambda: f.result(),
    "exception": lambda: f.exception(),
    "set_result": lambda: f.set_result(1),
    "set_exception": lambda: f.set_exception(ValueError),
    "cancel": lambda: f.cancel(),
    "get_loop": lambda: f.get_loop(),
    "add_done_callback": lambda: f.add_done_callback(print),
    "remove_done_callback": lambda: f.remove_done_callback(print),
    "repr": lambda: repr(f),
    "_state": lambda: f._state,
    "_callbacks": lambda: f._callbacks,
    "_result": lambda: f._result,
    "_exception": lambda: f._exception,
    "_log_traceback": lambda: f._log_traceback,
    "await": lambda: f.__await__(),
    "iter": lambda: iter(f),
    "set blocking": lambda: setattr(f, "_asyncio_future_blocking", True),
}
for name, call in tests.items():
    try:
        print(name, call())
    except Exception as e:
        print(name, type(e).__name__, e)
