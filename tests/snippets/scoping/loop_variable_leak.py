# for-loop, with and except targets live in the enclosing scope
for i in range(3):
    last_sq = i * i
print(i, last_sq)
for j in []:
    pass
try:
    j
except NameError as e:
    print("NameError:", e)

class CM:
    def __enter__(self):
        return "resource"
    def __exit__(self, *a):
        return False
with CM() as res:
    pass
print(res)

def f():
    for k in "ab":
        pass
    return k
print(f())
if (w := 10) > 5:
    pass
print(w)
