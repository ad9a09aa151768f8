print(bytes.__doc__)
print(bytearray.__doc__)
print(memoryview.__doc__)
print(bytes.maketrans(b'a', b'b')[97], bytearray.maketrans(b'', b'')[0], b'x'.maketrans(b'x', b'y')[120])
