def count(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())

args = list(range(500))
kwargs = {"k%d" % i: i for i in range(300)}
print(count(*args, **kwargs))
print(count(*args, *args, extra=1, **kwargs))
src = "def wide(" + ", ".join("a%d" % i for i in range(300)) + "):\n    return a0 + a299\n"
ns = {}
exec(src, ns)
print(ns["wide"](*range(300)), ns["wide"].__code__.co_argcount)
print(ns["wide"](**{"a%d" % i: i for i in range(300)}))
try:
    ns["wide"](*range(299))
except TypeError as e:
    print("TypeError:", e)
