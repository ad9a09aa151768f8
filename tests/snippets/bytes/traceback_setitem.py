buf = bytearray(b'abc')
view = memoryview(buf)
buf.append(1)
