count = 0

def broken():
    print("about to fail")
    count += 1

def conditional(flag):
    if flag:
        value = 1
    return value

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, isinstance(e, NameError))

def free_before_assign():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return inner()
print(free_before_assign())
broken()
