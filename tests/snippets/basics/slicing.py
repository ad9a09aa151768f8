s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-100], s[2:8][::-1])
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, slice(5), slice(1, 2).indices(10), slice(None, None, -1).indices(5))
t = tuple(s)
print(t[3:6], "abcdef"[1:5:2], "abcdef"[::-1], range(10)[2:8:2])
s[2:5] = []
print(s)
s[:0] = [-2, -1]
print(s)
s[1:3] = "xyz"
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":"b"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
