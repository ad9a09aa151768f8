# slice assignment and its errors
l = list(range(8))
l[2:5] = ["a", "b"]
print(l)
l[1:1] = "xyz"
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[:] = (1, 2, 3)
print(l)
l[len(l):] = [4]
print(l)
l[-2:] = []
print(l)
try:
    l[2:5] = 100
except TypeError as e:
    print("TypeError:", e)
try:
    l[::2] = [1, 2, 3, 4]
except ValueError as e:
    print("ValueError:", e)
try:
    l[0] = l[5]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2, 3)
try:
    t[0:1] = [5]
except TypeError as e:
    print("TypeError:", e)
s = "text"
try:
    s[0] = "T"
except TypeError as e:
    print("TypeError:", e)
