# unpacking in with-statement targets
class Pair:
    def __enter__(self):
        return ("left", ["r1", "r2"])
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type and exc_type.__name__, exc)
        return False

with Pair() as (left, (r1, r2)):
    print(left, r1, r2)
with Pair() as (first, *rest):
    print(first, rest)
holder = {}
with Pair() as (holder["l"], holder["r"]):
    pass
print(holder)
try:
    with Pair() as (a, b, c):
        print("not reached")
except ValueError as e:
    print("ValueError:", e)
