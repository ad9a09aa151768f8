# Builtin method descriptors (LOAD_METHOD's method form) and builtin functions called from hot (compiled) code
# with positional arguments: exact receivers, subclass receivers, overridden methods, descriptors stored on other
# classes, wrong argument counts and types (CPython's messages), errors caught in the same loop, a profile hook.
import sys


class S(str):
    pass


class Lower(str):
    def lower(self):
        return "overridden:" + str.lower(self)


class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)


class L(list):
    pass


class Foreign:
    lower = str.lower
    get = dict.get


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


def calls(w, d, lst, n):
    out = []
    out.append(w.lower())
    out.append(w.upper())
    out.append(w.rstrip("."))
    out.append(w.rstrip())
    out.append(w.split())
    out.append(w.split(".", 1))
    out.append(w.endswith("ab."))
    out.append(w.startswith(("x", "A")))
    out.append(w.replace("a", "-", 2))
    out.append(d.get(w, 0))
    out.append(d.get(w))
    out.append(d.setdefault(w[:1], n))
    lst.append(n)
    lst.insert(0, n)
    out.append(lst.pop())
    out.append(len(w))
    out.append(format(n, "04x"))
    out.append(max(n, 3, 7, 1))
    out.append(divmod(n, 7))
    out.append(isinstance(w, str))
    f = w.lower
    out.append(f())
    return out


def errors(w, d, lst):
    out = []
    for thunk in (
        lambda: w.lower(1),
        lambda: w.rstrip(1),
        lambda: w.endswith(1),
        lambda: w.split(1, 2, 3),
        lambda: w.replace("a"),
        lambda: d.get(),
        lambda: d.get(1, 2, 3),
        lambda: d.get([]),
        lambda: d.get(BadHash()),
        lambda: lst.append(),
        lambda: lst.append(1, 2),
        lambda: [].pop(),
        lambda: lst.index("missing"),
        lambda: len(5),
        lambda: format(1, "z"),
        lambda: divmod(1, 0),
        lambda: Foreign().lower(),
        lambda: Foreign().get(1),
    ):
        try:
            out.append(("ok", thunk()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


def inline_errors(w, d, n):
    # The failing calls sit in this function itself (compiled), each caught by its own handler.
    caught = 0
    for i in range(n):
        try:
            w.lower(i)
        except TypeError:
            caught += 1
        try:
            d.get()
        except TypeError:
            caught += 1
        try:
            [].pop()
        except IndexError:
            caught += 1
        try:
            len(i)
        except TypeError:
            caught += 1
    return caught


def main():
    receivers = [
        ("ab.cd ab.", {}, []),
        (S("Ab.Cd Ab."), D(), L()),
        (Lower("AB.ab"), {"AB.ab": 1, "A": 2}, []),
        ("\u00c9T\u00c9 ab.", {"\u00e9": 3}, L([1])),
        ("", {}, []),
    ]
    first = {}
    last = {}
    for i in range(1500):
        for k, (w, d, lst) in enumerate(receivers):
            r = calls(w, d, lst, i)
            first.setdefault(k, r)
            last[k] = r
            del lst[:]
    for k in sorted(first):
        print(k, first[k])
        print(k, last[k])
    for i in range(1200):
        e = errors("ab", {}, [])
    for r in e:
        print(r)
    print(inline_errors("ab", {}, 1500))


main()


def profiled(w, lst):
    lst.append(w.upper())
    return len(lst)


for i in range(1500):
    profiled("x", [])
events = []
sys.setprofile(lambda frame, event, arg: events.append((event, getattr(arg, "__name__", None))) if event.startswith("c_") else None)
profiled("y", [])
sys.setprofile(None)
print(events)
