# big-int arithmetic: a streaming pi-digit spigot (multiply, add, floor-divide of growing ints),
# factorials, Fibonacci numbers, modular powers, int <-> str of numbers up to a few thousand digits
# (below CPython's 4300-digit str() limit).
# size: digits of pi (default 5200, quick 800)
import sys


def pi_digits(count):
    q, r, t, k, d, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < d * t:
            digits.append(d)
            q, r, d = 10 * q, 10 * (r - d * t), (10 * (3 * q + r)) // t - 10 * d
        else:
            q, r, t, k, d, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def digit_sum(x):
    return sum(ord(c) - 48 for c in str(x))


def main(n):
    digits = pi_digits(n)
    text = "".join(str(d) for d in digits)
    for i in range(0, min(len(text), 50), 10):
        print(text[i:i + 10])
    print(len(text), sum(digits))

    f = factorial(1400)
    print(f.bit_length(), digit_sum(f), f % 1000000007)
    total = 0
    for m in range(100, 400, 7):
        total += factorial(m) // factorial(m - 50) % 999983
    print(total)

    a, b = 0, 1
    for _ in range(12000):
        a, b = b, a + b
    print(a.bit_length(), a % 10 ** 20, int(str(a)[:1000]) % 97)

    print(pow(3, 10 ** 6 + 3, 2 ** 521 - 1) % 10 ** 12)
    x = 7 ** 1500
    print((x * x - (x - 1) * (x + 1)), (x << 300) >> 299 == 2 * x, -x // 12345 % 1000, divmod(x, 10 ** 700 + 1)[1] % 1000)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5200)
