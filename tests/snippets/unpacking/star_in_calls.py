# * and ** in calls
def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"

print(show(*[1, 2], 3, *"ab"))
print(show(*range(2), *(), **{"x": 1}, y=2, **{"z": 3}))
print(show(**{"a": 1}, **dict(b=2)))
def three(a, b, c):
    return a, b, c
print(three(*[1, 2], c=3))
print(three(1, *(2, 3)))
print(three(**{"c": 3, "b": 2, "a": 1}))
args = iter([7, 8, 9])
print(three(*args))
print(show(*{"key": 1}))
