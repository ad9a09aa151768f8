def raise_group():
    raise ExceptionGroup("batch", [ValueError("bad 1"), TypeError("wrong"), ValueError("bad 2"), KeyError("k")])

try:
    raise_group()
except* ValueError as group:
    print("ValueErrors:", repr(group))
except* (TypeError, KeyError) as group:
    print("Type/Key:", repr(group))

try:
    try:
        raise_group()
    except* TypeError:
        print("handled TypeError only")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))

try:
    raise ExceptionGroup("eg", [OSError("disk")])
except* OSError:
    print("OSError group handled")
else:
    print("not here")
finally:
    print("finally after except*")
