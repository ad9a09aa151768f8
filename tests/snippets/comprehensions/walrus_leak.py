# := inside a comprehension binds in the enclosing function scope
def last_big(values):
    found = [(last := v) for v in values if v > 10]
    return found, last

print(last_big([3, 14, 7, 99, 1]))

def running_total(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total

print(running_total([1, 2, 3, 4]))

def first_match(words):
    if any((hit := w).startswith("b") for w in words):
        return "first b-word: " + hit
    return "none"

print(first_match(["apple", "banana", "berry"]))
print(first_match(["kiwi"]))

# at module level the target becomes a global
data = [(m := n * 2) for n in range(3)]
print(data, m, "m" in globals())
