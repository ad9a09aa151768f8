x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x **= 3
print(x)
x %= 7
print(x)
n = 6
n <<= 2
n >>= 1
n &= 0b1110
n |= 1
n ^= 0xF
print(n)
s = "ab"
s *= 3
print(s)
l = [1]
l *= 2
l += "xy"
print(l)
counts = {"a": 1}
counts["a"] += 1
attrs = [0, 0]
attrs[1] -= 5
print(counts, attrs)
class Box:
    pass
b = Box()
b.v = 1
b.v += 41
print(b.v)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
