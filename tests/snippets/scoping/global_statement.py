# global rebinds module-level names from inside functions
count = 0
def increment():
    global count
    count += 1
    return count

print(increment(), increment(), count)

def create():
    global created_later
    created_later = "made inside a function"
create()
print(created_later)

def read_only():
    return count * 10
print(read_only())

def two_globals():
    global a, b
    a, b = 1, 2
two_globals()
print(a, b)
