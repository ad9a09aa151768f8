# The _weakref module's names and types.
import _weakref

print(sorted(n for n in dir(_weakref) if not n.startswith('__')))
print(_weakref.ref is _weakref.ReferenceType)
print(_weakref.ReferenceType, _weakref.ProxyType, _weakref.CallableProxyType)
print(_weakref.ReferenceType.__name__, _weakref.ProxyType.__name__, _weakref.CallableProxyType.__name__)
print(_weakref.ReferenceType.__module__, _weakref.ProxyType.__module__)
print(_weakref.__name__, _weakref.__doc__)
print(_weakref.ref[int])
print(sorted(set(dir(_weakref.ref)) - set(dir(object))))
