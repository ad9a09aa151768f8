# the comprehension variable does not leak into the enclosing scope
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

def f():
    y = "local y"
    evens = {y for y in range(6) if y % 2 == 0}
    return y, sorted(evens)
print(f())

try:
    [z for z in range(2)]
    print(z)
except NameError as e:
    print("NameError:", e)

# a for loop, unlike a comprehension, does leak
for w in range(3):
    pass
print("w after loop:", w)
