from __future__ import annotations
x: int
y: list[int] = []
z: a.b | None
def f(a: dict[str, "x"], *args: tuple[int, ...], b: Callable[[int], str] = None, **kw: -1) -> not a or b and c:
    v: int = 1
    return v
class C:
    m: lambda x, *, y=1: x if y else z = 1
    n: {k: v for k, v in d if k} | {*s} | [i for i in j]
    o: f"{x!r:>{w}} {{y}}" = 2
    p: (2 ** -3 ** 4, ~x, +y, (1).real, 1e400, 2j, b'x', u'y', ...)
    q: x[1:2, ::3] @ z
    r: call(a, *b, c=1, **d) < e <= f is not g not in h
