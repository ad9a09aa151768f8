# The second instruction of a fused pair raises: the traceback points at it, not at the first.
def f(flag):
    a = 1
    if flag:
        b = 2
    return (a,
            b)
print(f(True))
f(False)
