"""Oracle for FormatPropertyTests: reads one JSON case a line from stdin, prints one JSON line per
case: {"key": <the input line>, "r": repr(result) or "!Type: message"}.

A case is {"op": "fmt", "v": VALUE, "s": SPEC} for format(value, spec), {"op": "pct", "v": VALUE,
"s": FORMAT} for FORMAT % value, or {"op": "sf", "v": TUPLE, "s": FORMAT} for
FORMAT.format(*TUPLE, x=1.5, name="nm"). VALUE is ["i", "123"], ["b", 1], ["f", BITS] (IEEE bits as
int64), ["c", BITS, BITS], ["s", "text"], ["t", [VALUE, ...]] (a tuple) or ["d", [["key", VALUE], ...]]
(a dict)."""
import json
import struct
import sys


def value(v):
    kind = v[0]
    if kind == "i":
        return int(v[1])
    if kind == "b":
        return bool(v[1])
    if kind == "f":
        return struct.unpack("<d", struct.pack("<q", v[1]))[0]
    if kind == "c":
        return complex(value(["f", v[1]]), value(["f", v[2]]))
    if kind == "s":
        return v[1]
    if kind == "t":
        return tuple(value(x) for x in v[1])
    if kind == "d":
        return {k: value(x) for k, x in v[1]}
    raise ValueError(kind)


for line in sys.stdin:
    line = line.rstrip("\n")
    case = json.loads(line)
    try:
        v = value(case["v"])
        op = case["op"]
        if op == "fmt":
            r = repr(format(v, case["s"]))
        elif op == "pct":
            r = repr(case["s"] % v)
        else:
            r = repr(case["s"].format(*v, x=1.5, name="nm"))
    except Exception as e:
        r = "!" + type(e).__name__ + ": " + str(e)
    print(json.dumps({"key": line, "r": r}))
