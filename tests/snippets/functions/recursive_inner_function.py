def permutations(items):
    results = []
    def backtrack(current, remaining):
        if not remaining:
            results.append("".join(current))
            return
        for i in range(len(remaining)):
            current.append(remaining[i])
            backtrack(current, remaining[:i] + remaining[i + 1:])
            current.pop()
    backtrack([], list(items))
    return results

print(permutations("abc"))

def make_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result
    return fib, cache

fib, cache = make_fib()
print(fib(50), len(cache), fib.__code__.co_freevars)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
