import marshal
deep = b"[\x01\x00\x00\x00" * 1999 + b"N"
r = marshal.loads(deep)
n = 0
while isinstance(r, list):
    r = r[0]
    n += 1
print(n, r)
try:
    marshal.loads(b"[\x01\x00\x00\x00" * 2100 + b"N")
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads(b")\x01" * 2001 + b"N")
except ValueError as e:
    print("ValueError", e)
