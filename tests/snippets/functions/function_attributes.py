def outer(a, b=2, *args, c, d=4, **kwargs):
    """Outer's docstring."""
    x = a + b
    def inner(y):
        return x + y
    return inner

print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_nlocals)
print(code.co_filename.endswith("function_attributes.py"), code.co_firstlineno, code.co_flags)
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner.__code__.co_freevars, inner.__defaults__)
print(inner.__closure__[0].cell_contents, inner(10))
class K:
    def method(self):
        def local():
            pass
        return local
print(K.method.__qualname__, K().method().__qualname__, (lambda: 0).__qualname__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__closure__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
print(sorted(outer.__globals__) == sorted(globals()), outer.__globals__ is globals())
print(code.co_consts[0])
