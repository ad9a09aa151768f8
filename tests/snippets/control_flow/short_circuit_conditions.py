def check(name, result):
    print("check", name)
    return result

if check("a", True) or check("b", True):
    print("or: first was enough")
if check("c", False) and check("d", True):
    print("never")
else:
    print("and: stopped early")
n = 0
while check("cond", n < 2) and check("n", n != 5):
    n += 1
print("n =", n)
x = check("e", 0) or check("f", "") or check("g", "last")
print(repr(x))
y = not check("h", []) and check("i", [1])
print(y)
