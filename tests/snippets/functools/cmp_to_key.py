from functools import cmp_to_key
def cmp(a, b):
    print("cmp", a, b)
    return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(type(K).__name__, type(K(1)).__name__, type(K).__module__)
print(sorted([3, 1, 2], key=K))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(3), K(4) > K(1), K(1) >= K(2))
print(K(5).obj, K(obj=6).obj)
k = K(1)
k.obj = 10
print(k.obj)
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
for expr in ["K(1) < 2", "hash(K(1))", "K()", "K(1, 2)", "cmp_to_key()", "cmp_to_key(1, 2)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print(cmp_to_key(mycmp=lambda a, b: 0)(1) == cmp_to_key(lambda a, b: 0)(2))
