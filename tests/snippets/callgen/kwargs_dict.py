# **kwargs dicts: order, mutation, identity, growth past the first items, forwarding with f(*a, **kw).
# (Their sizes are not printed: Krait reports str-keyed dicts with the general layout, docs/differences.md.)


def kw(**kwargs):
    return kwargs


def size(d):
    return len(d)


for n in range(0, 12):
    d = kw(**{"k%d" % i: i for i in range(n)})
    print(n, list(d.items())[:3], len(d), size(d))

# Named parameters take some keywords; the rest go to the dict, in call order.
def mixed(a, b=2, *args, c, **rest):
    return a, b, args, c, rest

print(mixed(1, z=26, c=3, y=25, b=4, x=24))
print(mixed(1, 2, 3, 4, c=5))
r = mixed(a=1, c=3, q=1)[4]
print(r, size(r))

# The dict grows past the keywords it was made for: insertions, setdefault, update, deletions.
d = kw(a=1)
print(size(d))
for i in range(12):
    d["n%d" % i] = i
    print(len(d), size(d), list(d)[-1])
d = kw(a=1, b=2)
print(d.setdefault("c", 3), d.setdefault("a", 9), d, size(d))
d.update(x=1, y=2, z=3)
print(d, size(d))
del d["a"]
d["a"] = 0
print(d, d.popitem(), d, size(d))
d = kw(a=1)
del d["a"]
d["b"] = 2
d["c"] = 3
print(d, size(d))
d = kw(a=1, b=2)
d.clear()
d["z"] = 1
print(d, size(d))

# Copies, merges and comparisons of small kwargs dicts.
d = kw(a=1, b=2)
c = d.copy()
c["c"] = 3
print(d, c, size(c), d == {"b": 2, "a": 1}, c | d, {**d, "d": 4}, dict(d, e=5))
e = {}
e.update(d)
e["f"] = 6
print(e, size(e))

# Each call gets a new dict; mutating it in the callee doesn't reach the caller's dict.
def mutate(**kw):
    kw["added"] = True
    kw.pop("x", None)
    return kw

src = {"x": 1, "y": 2}
got = mutate(**src)
print(src, got, got is src)

def forward(*args, **kwargs):
    return mutate(*args, **kwargs), kwargs

print(forward(x=5, y=6))
kws = {"y": 1}
a, b = forward(**kws)
print(a, b, b is kws, kws)

# Forwarding through several layers, and keyword identity.
def layer(depth, **kw):
    if depth == 0:
        return kw
    return layer(depth - 1, **kw)

out = layer(5, p=1, q=2)
print(out, size(out))

# Errors: non-str keys, duplicate keywords, mappings that aren't dicts.
def target(**kw):
    return kw

for call in (lambda: target(**{1: 2}), lambda: target(**{"a": 1}, **{"a": 2}), lambda: target(**[1]),
             lambda: layer(0, **{"depth": 1}), lambda: target(a=1, **{"a": 2})):
    try:
        print(call())
    except TypeError as exc:
        print("TypeError:", exc)


class Keys(dict):
    def keys(self):
        print("keys() called")
        return ["b", "a"]

    def __getitem__(self, k):
        return k.upper()

print(target(**Keys(a=1, b=2)))


class Mapping:
    def keys(self):
        return iter(["m", "n"])

    def __getitem__(self, k):
        return k * 2

print(target(**Mapping()))


class Loud(str):
    def __eq__(self, other):
        print("eq", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__

print(target(**{Loud("s"): 1, "t": 2}))
print(layer(1, **{Loud("u"): 3}))


# The same forwarding from hot (compiled) code: f(*args, **local) for an exact dict of str keys, a str-subclass key,
# a dict subclass, a non-str key, a mapping, and a callee that mutates what it got.
class Sub(dict):
    pass


def relay(f, *args, **kwargs):
    return f(*args, **kwargs)


def relay_local(f, d):
    return f(**d)


def collect(*args, **kw):
    kw["n"] = len(kw)
    return args, sorted(kw.items())


outs = []
shared = {"a": 1, "b": 2}
for i in range(3000):
    r1 = relay(collect, i, x=i)
    r2 = relay_local(collect, shared)
    r3 = relay_local(target, Sub(s=i))
    if i % 1000 == 0:
        outs.append((r1, r2, r3, shared))
        outs.append(relay_local(target, {Loud("v"): i}))
        outs.append(relay(layer, 0, **{Loud("w"): i}))
        for bad in ({1: 2}, [("a", 1)], Mapping()):
            try:
                outs.append(relay_local(target, bad))
            except TypeError as exc:
                outs.append(("TypeError", str(exc)))
for o in outs:
    print(o)
