# A binary operation spanning lines shows the first line only, with ^ to its end.
def total(items):
    return (items[0] +
            items[1] +
            items[2])

print(total([1, 2, 3]))
print(total([1, 2, "3"]))
