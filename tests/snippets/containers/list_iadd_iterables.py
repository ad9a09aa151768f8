# list += and extend accept any iterable; + requires a list
l = [1]
l += (2, 3)
l += "ab"
l += range(2)
l += {"k": 1}
l += (x * 2 for x in range(3))
print(l)
try:
    l += 5
except TypeError as e:
    print(e)
try:
    l + (1,)
except TypeError as e:
    print(e)
try:
    l + "ab"
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
a = [1, 2]
a.extend(a)
print(a)
a += a
print(a)
b = a
b += [0]
print(a is b, len(a))
class It:
    def __iter__(self):
        yield 1; yield 2
a.extend(It())
print(a[-3:])
class Bad:
    def __iter__(self):
        yield 1
        raise ValueError("boom")
try:
    a.extend(Bad())
except ValueError as e:
    print("ValueError", e, a[-2:])
print([] + [], [1] + [2, 3])
