# Shared driver for the async snippets: runs an awaitable that must finish without suspending.
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("the awaitable suspended")
