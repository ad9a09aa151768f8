def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

print(apply_n(lambda v: v * 2, 10, 1))

def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return run

pipeline = compose(str, abs, lambda v: v - 10)
print(repr(pipeline(3)))

def curry(f):
    def take_a(a):
        def take_b(b):
            return f(a, b)
        return take_b
    return take_a
print(curry(pow)(2)(8))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
print(list(map(len, words)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(any(w.startswith("c") for w in words), all(len(w) > 3 for w in words))
