# default values are evaluated once, in the defining scope, at def time
x = "first"
def f(v=x):
    return v
x = "second"
print(f())

def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1), append(2), append(3, []))
print(append.__defaults__)

def outer():
    y = "outer y"
    def inner(v=y):
        return v
    y = "changed later"
    return inner()
print(outer())

def kw_only(*, k=len("abc")):
    return k
print(kw_only(), kw_only.__kwdefaults__)
