import operator
names = ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]
for n in names:
    print(n, getattr(operator, n)(12, 5))
l = [1, 2]
print(operator.iadd(l, [3]) is l, l, operator.imul(l, 2) is l, l)
s = {1, 2}
print(operator.ior(s, {3}) is s, operator.iand(s, {1, 3}), operator.isub(s, {1}), operator.ixor(s, {9}))
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o); return self
    def __imatmul__(self, o):
        return "imatmul"
a = Acc()
print(operator.iadd(a, 1) is a, a.v, operator.imatmul(a, 2))
try:
    operator.imatmul(1, 2)
except TypeError as e:
    print(e)
try:
    operator.iadd([], 1)
except TypeError as e:
    print(e)
