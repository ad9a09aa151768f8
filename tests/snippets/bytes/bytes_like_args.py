mv = memoryview(b'-')
ba = bytearray(b'-')
b = b'a-b-c'
print(b.split(mv), b.split(ba), b.replace(mv, ba), b.count(mv), b.find(ba), b.strip(mv), b.partition(mv)[0])
print(b.startswith(memoryview(b'a')), b.endswith((ba, mv)), b.removeprefix(memoryview(b'a-')), b.join([mv, ba]))
print(b in bytearray(b'xa-b-cx'), bytearray(b'a') + mv, bytes(mv) + ba, b'%s%s' % (mv, ba))
print(b.translate(memoryview(bytes(range(256))), ba), bytes.maketrans(mv, memoryview(b'+'))[45], b.center(9, ba))
print(memoryview(b'abcd')[::2] in [b'ac'], b'abcd'.find(memoryview(b'abcd')[1::2]), bytes(memoryview(b'abcd')[::-2]))
