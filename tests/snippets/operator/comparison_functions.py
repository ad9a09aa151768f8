import operator
vals = [1, 2, 1.0, "a", None]
for a in vals:
    for b in vals:
        res = []
        for n in ["lt", "le", "eq", "ne", "gt", "ge"]:
            try:
                res.append(str(getattr(operator, n)(a, b)))
            except TypeError as e:
                res.append("TE")
        print(repr(a), repr(b), *res)
class Loud:
    def __eq__(self, other):
        return "custom"
    def __lt__(self, other):
        return NotImplemented
print(operator.eq(Loud(), 1), operator.is_(None, None), operator.is_not(1, None))
try:
    operator.lt(Loud(), Loud())
except TypeError as e:
    print(e)
