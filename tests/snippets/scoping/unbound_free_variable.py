# free variables of a closure that are not yet bound
def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = "now bound"
    print(inner())
    del later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
outer()
