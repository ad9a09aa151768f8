n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 100
while x > 1:
    x /= 3
print(x)
digits = []
m = 9075
while m:
    m, d = divmod(m, 10)
    digits.append(d)
print(digits[::-1])
