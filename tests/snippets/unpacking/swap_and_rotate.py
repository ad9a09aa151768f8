# swap idioms and unpacking with the same name on both sides
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
x = [0, 1]
i = 0
i, x[i] = 1, 9
print(i, x)
fib = [0, 1]
p, q = 0, 1
for _ in range(8):
    p, q = q, p + q
    fib.append(q)
print(fib)
