class Grumpy:
    def __eq__(self, other):
        raise ValueError("no comparisons today")

items = [1, Grumpy(), 3]
print(1 in items)
try:
    3 in items
except ValueError as e:
    print("ValueError:", e)
try:
    items.index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    {Grumpy(): 1}
except TypeError as e:
    print("TypeError:", e)
print(items.count(1))
