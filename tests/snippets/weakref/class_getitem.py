# weakref.ref supports subscription (PEP 585) and its types have CPython's names.
from _weakref import ref, ProxyType, CallableProxyType, ReferenceType

alias = ref[int]
print(alias, alias.__origin__ is ref, alias.__args__)
print(ReferenceType.__qualname__, ProxyType.__qualname__, CallableProxyType.__qualname__)
try:
    ProxyType[int]
except TypeError as e:
    print('TypeError', e)
