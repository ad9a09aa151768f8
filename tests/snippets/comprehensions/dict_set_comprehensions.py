# dict and set comprehensions
words = ["apple", "bob", "cat", "apple", "dog", "bob"]
counts = {w: words.count(w) for w in words}
print(counts)
print(sorted({len(w) for w in words}))
print({k: v for k, v in counts.items() if v > 1})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({i: i * i for i in range(5)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
# later keys win, but the first insertion position stays
print({k % 3: k for k in range(7)})
# key and value evaluation order
order = []
def note(tag, v):
    order.append(tag + str(v))
    return v
d = {note("k", i): note("v", i) for i in range(2)}
print(d, order)
