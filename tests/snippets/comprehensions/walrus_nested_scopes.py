# walrus in nested comprehensions binds in the innermost enclosing function
def outer():
    result = [[(pair := (i, j)) for j in range(2)] for i in range(2)]
    return result, pair

print(outer())

def with_nonlocal():
    counter = 0
    def bump(items):
        nonlocal counter
        return [counter := counter + x for x in items]
    print(bump([1, 2]), counter)
    print(bump([10]), counter)

with_nonlocal()

def with_global():
    global seen
    return [seen := c for c in "abc"]

print(with_global(), seen)
