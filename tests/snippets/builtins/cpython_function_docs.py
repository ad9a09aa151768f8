# The builtins module's functions carry CPython's docstrings (functools.update_wrapper copies them: test_functools).
import builtins, types, functools
for name in sorted(vars(builtins)):
    obj = getattr(builtins, name)
    if type(obj) is types.BuiltinFunctionType:
        print(name, repr(obj.__doc__))
def wrapper(): pass
functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__doc__.startswith('max('))
print(len.__doc__, type(len.__doc__).__name__)
