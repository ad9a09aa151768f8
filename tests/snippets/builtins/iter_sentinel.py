# iter(callable, sentinel) -> callable_iterator
data = [3, 2, 1, 0, 5]
it = iter(data.pop, 1)
print(type(it).__name__, list(it), data)
counter = iter(iter([1, 2, 3, 4]).__next__, 3)
print(list(counter))
def raiser():
    raise StopIteration
print(list(iter(raiser, 0)))
try:
    iter(5, 6)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(len, 1, x=1)
except TypeError as e:
    print("TypeError:", e)
