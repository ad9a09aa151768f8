# Every class of _ast: base, _fields, _attributes, __match_args__, class-level None defaults, docstring.
import _ast

for name, cls in _ast.__dict__.items():
    if not isinstance(cls, type) or not issubclass(cls, _ast.AST):
        continue
    own = cls.__dict__
    nones = [k for k, v in own.items() if v is None and k != '__doc__']
    print(name, cls.__base__.__name__, cls.__module__, cls._fields, cls._attributes,
          cls.__match_args__ if '__match_args__' in own else '-', nones)
    print('   ', (cls.__doc__ or 'None').splitlines()[0])
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(_ast.AST.__name__, _ast.AST.__qualname__, repr(_ast.AST), _ast.Name.__qualname__)
print(_ast.Load.__mro__)
print(issubclass(_ast.BinOp, _ast.expr), issubclass(_ast.expr, _ast.AST), issubclass(_ast.arg, _ast.AST))
print(sorted(n for n in dir(_ast) if not n.startswith('__')) == sorted(
    n for n, v in _ast.__dict__.items() if not n.startswith('__')))
