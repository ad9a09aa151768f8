class C:
    pass
class S:
    __slots__ = ("a",)
class W:
    __slots__ = ("a", "__weakref__")
for t in (C, S, W, object, int, type, list, dict):
    vals = [getattr(t, n) for n in ("__basicsize__", "__itemsize__", "__flags__", "__weakrefoffset__", "__dictoffset__")]
    print(t.__name__, all(type(v) is int for v in vals))
print(C.__basicsize__, S.__basicsize__, W.__basicsize__, object.__basicsize__)
print(C.__itemsize__, int.__itemsize__, tuple.__itemsize__)
print(S.__weakrefoffset__, object.__weakrefoffset__, S.__dictoffset__, object.__dictoffset__, C.__dictoffset__ != 0)
HEAP = 1 << 9
BASE = 1 << 10
ABSTRACT = 1 << 20
print(bool(C.__flags__ & HEAP), bool(int.__flags__ & HEAP), bool(C.__flags__ & BASE), bool(bool.__flags__ & BASE))
print(bool(int.__flags__ & (1 << 24)), bool(list.__flags__ & (1 << 25)), bool(dict.__flags__ & (1 << 29)), bool(type.__flags__ & (1 << 31)))
print(bool(ValueError.__flags__ & (1 << 30)), bool(str.__flags__ & (1 << 28)), bool(tuple.__flags__ & (1 << 26)), bool(bytes.__flags__ & (1 << 27)))
try:
    C.__flags__ = 0
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    C.__basicsize__ = 0
except AttributeError as ex:
    print("AttributeError:", ex)
