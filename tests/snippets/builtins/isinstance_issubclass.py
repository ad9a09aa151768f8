# isinstance and issubclass with tuples, nested tuples and errors
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance("a", ()))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(object, int))
for call in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, (1,)), lambda: isinstance(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
