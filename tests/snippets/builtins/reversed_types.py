# reversed(): which iterator each type gives back
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__,
      type(reversed((1,))).__name__, type(reversed({})).__name__, type(reversed({}.values())).__name__,
      type(reversed({}.items())).__name__)
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed({"a": 1, "b": 2}.values())), list(reversed({"x": 1, "y": 2}.keys())))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r))
