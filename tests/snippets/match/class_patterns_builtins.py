# builtin types match their whole value with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0) | float(0.0):
            return "a zero"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"k": v2}):
            return f"dict with k={v2}"
        case frozenset() | set():
            return f"set of {len(v)}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case _:
            return "something else"

for v in [True, 0, 0.0, 7, 2.5, "", "hi", [9, 8], (1, 2), {"k": 3}, {1, 2}, frozenset(), b"z", None]:
    print(repr(v), "->", kind(v))
