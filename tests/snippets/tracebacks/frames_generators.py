# Errors inside generators show the generator frame under the consumer's frame.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator gave up")

def consume():
    total = 0
    for n in numbers():
        total += n
    return total

def delegate():
    yield from numbers()

try:
    consume()
except RuntimeError as e:
    import sys
    sys.excepthook(type(e), e, e.__traceback__)
list(delegate())
