# except* handles the matching part of a group; the unhandled rest propagates.
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* TypeError as g:
        print("TypeError part:", repr(g))

run([ValueError(1), TypeError(2), ValueError(3)])
run([ValueError(4)])
try:
    run([KeyError(5), TypeError(6)])
except ExceptionGroup as rest:
    print("rest:", repr(rest))
run([OSError("left over"), ValueError(7)])
