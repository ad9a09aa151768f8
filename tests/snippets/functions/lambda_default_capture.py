adders = []
for n in range(3):
    adders.append(lambda x, n=n: x + n)
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
def outer():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return fs
print([f() for f in outer()])
key = "first"
get = lambda d, key=key: d.get(key)
key = "second"
print(get({"first": 1, "second": 2}))
