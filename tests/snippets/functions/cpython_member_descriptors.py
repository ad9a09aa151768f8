# function.__globals__/__builtins__/__closure__ are member descriptors (types.MemberDescriptorType is their type),
# so dataclasses recognises __slots__ fields of a base as having no default (test_dataclasses.TestSlots).
import types
from dataclasses import dataclass
print(types.MemberDescriptorType.__name__, types.GetSetDescriptorType.__name__)
print(repr(types.FunctionType.__dict__['__globals__']), repr(types.FunctionType.__dict__['__code__']))
def f(): pass
print(types.FunctionType.__globals__.__get__(f) is globals(), f.__closure__, f.__builtins__ is __builtins__.__dict__)
for n in ['__globals__', '__closure__', '__builtins__']:
    try: setattr(f, n, {})
    except AttributeError as e: print(n, e)
    try: delattr(f, n)
    except AttributeError as e: print(n, e)
@dataclass(slots=True)
class A:
    x: int
@dataclass
class B(A):
    y: int = 0
print(B(1), B(1, 2))
@dataclass(slots=True)
class C:
    x: int
    y: int = 3
@dataclass(slots=True)
class D(C):
    z: int = 5
print(D(1), isinstance(C.__dict__['x'], types.MemberDescriptorType))
