# the names binascii exports, its exception classes
import binascii

print([n for n in dir(binascii) if not n.startswith("__")])
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__qualname__, binascii.__doc__)
print(issubclass(binascii.Error, ValueError))
print(binascii.hexlify.__name__, binascii.a2b_base64.__name__)
