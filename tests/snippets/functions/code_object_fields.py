def sample(a, b=1, *args, key=None, **kwargs):
    total = a + b
    def helper():
        return total
    return helper()

c = sample.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals)
print(c.co_names, [type(k).__name__ for k in c.co_consts])
print(c.co_firstlineno, bool(c.co_flags & 0x04), bool(c.co_flags & 0x08), bool(c.co_flags & 0x20))
print(type(c).__name__, type(c.co_code).__name__, c.co_filename.rsplit("/", 1)[-1])
lam = lambda x: x
print(lam.__code__.co_name, lam.__code__.co_qualname, lam.__code__.co_varnames)
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(sample.__code__.co_flags & 0x20))
