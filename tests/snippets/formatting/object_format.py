# object.__format__: str(self) for an empty spec, TypeError for anything else.
class Plain:
    def __str__(self):
        return "plain!"

p = Plain()
print(f"{p}", f"{p!s}", "{}".format(p), p.__format__(""))
for v in (p, None, [1, 2], (3,), {"k": 1}, Ellipsis, type):
    try:
        print(f"{v:>10}")
    except TypeError as e:
        print("TypeError:", e)
print(f"{[1, 2]!s:>10}|{None!r:^8}|")
try:
    object().__format__(5)
except TypeError as e:
    print("TypeError:", e)
