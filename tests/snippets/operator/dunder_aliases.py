import operator
names = sorted(n for n in dir(operator) if n.startswith("__") and n.endswith("__") and n not in
               ("__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__"))
print(len(names))
for n in names:
    f = getattr(operator, n)
    plain = getattr(operator, n.strip("_"), None) or getattr(operator, n.strip("_") + "_", None)
    print(n, f is plain, type(f).__name__)
print(operator.__add__(1, 2), operator.__getitem__("ab", 1), operator.__not__(0), operator.__inv__(0))
print(sorted(operator.__all__) == sorted(set(operator.__all__)), len(operator.__all__))
print(type(operator.add).__name__, operator.add.__module__, repr(operator.add), operator.__doc__.splitlines()[0])
