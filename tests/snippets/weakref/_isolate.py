"""Helpers for the gc and weakref snippets.

isolated(f, *args) calls f(*args) through a builtin (map), so that the call runs in an interpreter
activation of its own. CPython frees an object as soon as its last reference goes; Krait's collector
(.NET's) only sees what is unreachable, and the eval loop may keep the objects it handled last in its
own temporaries until later instructions reuse them. Creating garbage inside isolated() and calling
gc.collect() after it returns makes both interpreters agree (docs/differences.md).
"""


def isolated(f, *args):
    return list(map(lambda _: f(*args), [None]))[0]


def noaddr(s):
    """s with every 0x... address replaced by ADDR (reprs of objects name their addresses)."""
    parts = s.split('0x')
    out = [parts[0]]
    for part in parts[1:]:
        k = 0
        while k < len(part) and part[k] in '0123456789abcdef':
            k += 1
        out.append('ADDR' + part[k:])
    return ''.join(out)
