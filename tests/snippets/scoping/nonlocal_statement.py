# nonlocal rebinds a variable of the nearest enclosing function
def counter():
    n = 0
    def bump(step=1):
        nonlocal n
        n += step
        return n
    def peek():
        return n
    return bump, peek

bump, peek = counter()
print(bump(), bump(5), peek())
other_bump, other_peek = counter()
print(other_bump(), peek())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
