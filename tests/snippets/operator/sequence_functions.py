import operator
data = [1, 2, 3, 2, 1, 2.0]
print(operator.countOf(data, 2), operator.indexOf(data, 3), operator.contains(data, 3), operator.contains("abc", "bc"))
print(operator.getitem(data, 1), operator.getitem(data, slice(1, 3)), operator.getitem({"k": 9}, "k"))
operator.setitem(data, 0, "x"); print(data)
operator.delitem(data, slice(0, 2)); print(data)
print(operator.concat((1,), (2,)), operator.concat("a", "b"), operator.concat(b"x", b"y"))
lst = [1]
r = operator.iconcat(lst, [2, 3]); print(r, r is lst)
t = (1,)
r = operator.iconcat(t, (2,)); print(r, r is t)
print(operator.countOf(iter([1, 1, 2]), 1), operator.indexOf(iter("xyz"), "z"))
class Eq:
    def __init__(self, n): self.n = n
    def __eq__(self, other):
        print("eq", self.n, other)
        return False
print(operator.countOf([Eq(1), Eq(2)], 0))
for expr in ["operator.indexOf([1], 2)", "operator.countOf(1, 2)", "operator.contains(1, 2)",
             "operator.concat(1, 2)", "operator.concat([], ())", "operator.iconcat(1, [])",
             "operator.getitem(1, 2)", "operator.setitem((), 0, 1)", "operator.delitem({}, 'k')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
