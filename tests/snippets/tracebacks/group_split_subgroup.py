# split() and subgroup() by type, tuple of types and predicate; the parts keep the group's metadata.
def describe(x):
    if x is None:
        return "None"
    if isinstance(x, BaseExceptionGroup):
        return f"{type(x).__name__}({x.message!r}, [{', '.join(describe(e) for e in x.exceptions)}])"
    return repr(x)

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
for m in (ValueError, (TypeError, KeyError), LookupError, OSError, Exception, lambda e: isinstance(e, ValueError) and e.args[0] > 1):
    match, rest = eg.split(m)
    print(describe(match), "|", describe(rest), "|", describe(eg.subgroup(m)))

try:
    raise eg
except ExceptionGroup as g:
    g.__cause__ = RuntimeError("cause")
    g.add_note("group note")
    match, rest = g.split(ValueError)
    print(match.__cause__, match.__suppress_context__, match.__notes__, match.__notes__ is g.__notes__)
    print(match.__traceback__ is g.__traceback__, rest.__traceback__ is g.__traceback__)
    print(match.exceptions[1].__traceback__)
for bad in (1, (ValueError, 1), len, "ValueError"):
    try:
        eg.split(bad)
    except TypeError as e:
        print(e)
for call in (lambda: eg.split(), lambda: eg.subgroup(ValueError, 2), lambda: eg.split(ValueError, x=1), lambda: eg.derive()):
    try:
        call()
    except TypeError as e:
        print(e)
