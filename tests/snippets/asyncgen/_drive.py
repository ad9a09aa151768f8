# Drivers for the asyncgen snippets (no asyncio).


def run(aw):
    """Runs an awaitable that must finish without suspending; returns its result."""
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("the awaitable suspended")


def step(aw, value=None):
    """One send into an awaitable: ('yield', v) when it suspends, ('done', v) when it finishes,
    or (exception name, message) when it raises."""
    try:
        return ("yield", aw.send(value))
    except StopIteration as e:
        return ("done", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))


def loop(coro):
    """A tiny event loop: values a coroutine yields (through bare awaitables) are logged and the
    loop sends back the value doubled when it is an int. Returns (log, result)."""
    log = []
    value = None
    while True:
        try:
            got = coro.send(value)
        except StopIteration as e:
            return log, e.value
        log.append(got)
        value = got * 2 if isinstance(got, int) else None


class Suspend:
    """An awaitable that suspends once, passing `value` up to the loop, and returns what is sent back."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)
