# Compiled code calls builtin methods on instances of exactly their type, and builtin functions, directly: results,
# keyword arguments, errors (wrong self type, bad arguments), subclasses (whose overrides win) and recursion
# through a builtin all as CPython.
import sys

class S(str):
    def isalpha(self):
        return 'override'

def hot(n):
    out = []
    app = out.append                      # a bound builtin method
    for i in range(n):
        c = chr(97 + i % 26)
        app(c.isalpha())                  # method descriptor, exact str
        app(S(c).isalpha())               # subclass override
        app(str.upper(c))                 # descriptor called through the type
        app(len(out) > 0)
        app(sorted([3, 1, 2], key=lambda v: -v, reverse=True)[0])
        app(divmod(i, 7))
        app(int('12', base=8))
    return out

r = hot(3000)
print(len(r), r[:14], r[-7:])

def errors(n):
    msgs = set()
    for i in range(n):
        for f in (lambda: str.isalpha(5), lambda: 'a'.isalpha(1), lambda: chr('x'), lambda: len(),
                  lambda: 'abc'.split(sep=1), lambda: [].append(), lambda: divmod(1, 0), lambda: int('z', base=37)):
            try:
                f()
            except (TypeError, ValueError, ZeroDivisionError) as e:
                msgs.add(f'{type(e).__name__}: {e}')
    return sorted(msgs)

for m in errors(1200):
    print(m)

def deep(n):
    # Recursion that passes through builtins (map and list call back into Python) ends in RecursionError.
    return list(map(deep, [n + 1]))

try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
