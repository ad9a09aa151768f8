total = 0
def add(n):
    global total
    total += n

add(5)
add(7)
print(total)

def create():
    global created
    created = "made inside a function"

create()
print(created)

def reader():
    return total * 2
print(reader())

def nested():
    def inner():
        global total
        total = -1
    inner()
nested()
print(total)

def local_only():
    total = 1000
    return total
print(local_only(), total)
x = "module"
def uses_global_in_nested():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
print(uses_global_in_nested())
