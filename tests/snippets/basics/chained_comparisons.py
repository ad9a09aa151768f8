def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True)
print(v(1) < v(2) < v(3))
print(v(1) < v(0) < v(3))
print(v(2) > v(1) < v(5) != v(4))
x = 5
print(0 <= x < 10, 0 < x > 3, x == 5 != 6, 1 < x in [5, 6])
print(1 in [1] in [[1]], "a" < "b" < "c" < "b")
print((1 < 2) < 3, 1 < (2 < 3))
a = b = [1]
print(a is b is not None, a == b is a)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print("TypeError:", e)
print(1 < 3 < "x" if False else "short-circuit", 2 > 3 < "x")
