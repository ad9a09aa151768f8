data = bytearray(b'abc')
print(data[2])
print(data[data[0]])
