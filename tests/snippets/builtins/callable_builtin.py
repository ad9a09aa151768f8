# callable() for functions, classes, instances with and without __call__
class F:
    def __call__(self):
        return 1
class N:
    pass
print(callable(len), callable(print), callable(F), callable(F()), callable(N()), callable(1), callable(lambda: 0))
print(callable(None), callable("str"), callable(str.upper), callable([].append))
