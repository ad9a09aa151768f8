import builtins
excs = sorted((n, o) for n, o in vars(builtins).items() if isinstance(o, type) and issubclass(o, BaseException))
print(len(excs))
base = set(dir(BaseException))
for name, cls in excs:
    extra = sorted(set(dir(cls)) - base)
    print(name, cls.__mro__[1].__name__, extra)
