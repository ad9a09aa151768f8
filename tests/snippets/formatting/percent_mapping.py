# %(name)s takes values from a mapping; nested parentheses belong to the key.
d = {"name": "Ada", "n": 3, "x": 0.5, "a(b)": "paren", "": "empty"}
print("%(name)s has %(n)d items at %(x).1f%%" % d)
print("%(name)r %(name)10s|%(n)+05d %(a(b))s %()s" % d)
print("%(n)s %(n)s %(n)x" % d)
print("no fields" % d, "%s" % d == str(d))
class Keys:
    def __getitem__(self, key):
        return key * 2
print("%(ab)s-%(c)s" % Keys())
for fmt, args in (("%(a)s", ("x",)), ("%(a)s", {}), ("%(a", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%(a)*d", {"a": 1})):
    try:
        print(repr(fmt), fmt % args)
    except (TypeError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
