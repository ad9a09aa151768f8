# Two recursive call sites in one function: runs of the same line collapse separately.
def walk(n):
    if n > 10:
        return walk(n - 1)
    if n > 0:
        return walk(n - 1)
    raise LookupError("done walking")

walk(16)
