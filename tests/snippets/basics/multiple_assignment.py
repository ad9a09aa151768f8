a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
first, *rest = "hello"
print(first, rest)
(p, q), r = (1, 2), 3
print(p, q, r)
m = n = 0
m += 1
print(m, n)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
