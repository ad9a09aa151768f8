import marshal
for v in (0, 1, -1, 5, -5, -6, 255, 256, 257, 1000, -1000, 65535, 65536):
    print(v, marshal.dumps(v))
for v in (2**31 - 1, -2**31, 2**31, -2**31 - 1):
    print(v, marshal.dumps(v))
items = [0, 1, 300, 300]
print(marshal.dumps(items))
