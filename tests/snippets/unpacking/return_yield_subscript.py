# starred expressions in return, yield, subscripts (3.11) and for iterables
def pack(*parts):
    return *parts, "end"
print(pack(1, 2))

def gen(xs):
    yield *xs, len(xs)
print(list(gen("ab")))

class Echo:
    def __getitem__(self, key):
        return key
e = Echo()
idx = (1, 2)
print(e[*idx])
print(e[0, *idx, 3])
print(e[*"ab",])
for x in *idx, 3:
    print("for", x)
