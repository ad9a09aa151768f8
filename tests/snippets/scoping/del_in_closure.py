# deleting a variable that a closure uses
def outer():
    x = "value"
    def read():
        return x
    print(read())
    del x
    try:
        read()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    x = "rebound"
    print(read())
outer()

def with_nonlocal_del():
    y = 1
    def remove():
        nonlocal y
        del y
    remove()
    try:
        return y
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(with_nonlocal_del())
