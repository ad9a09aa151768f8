# closures and recursion: recursive fib and Ackermann (deep call chains), memoization through a
# closure over a dict, nonlocal counters, closures returning closures, decorators, lambdas.
# size: rounds of the call-heavy loops (default 700, quick 30)
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def adder(k):
    return lambda x: x + k


def traced(calls):
    def decorate(f):
        def inner(*args, **kwargs):
            calls[0] += 1
            return f(*args, **kwargs)
        return inner
    return decorate


def main(rounds):
    print(sum(fib(20) for _ in range(rounds)))
    print(ackermann(2, 200), ackermann(3, 5))

    @memoize
    def partitions(k):
        # Partitions of k into distinct parts, by recursion over the largest part.
        return count_parts(k, k)

    @memoize
    def tri(k):
        return 0 if k == 0 else k + tri(k - 1)

    memo = {}

    def count_parts(total, largest):
        if total == 0:
            return 1
        if largest == 0:
            return 0
        key = (total, largest)
        if key not in memo:
            memo[key] = count_parts(total, largest - 1) + (count_parts(total - largest, largest - 1) if largest <= total else 0)
        return memo[key]

    print(partitions(250), tri(300))

    bump = counter()
    for i in range(rounds * 3000):
        bump(i & 3)
    print(bump(0))

    calls = [0]

    @traced(calls)
    def area(w, h=1, scale=1):
        return w * h * scale

    f = compose(adder(3), lambda x: x * 2, adder(-1))
    total = 0
    for i in range(rounds * 1000):
        total += f(i) + area(i, h=2) + area(3, scale=i % 4)
    print(total, calls[0])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 700)
