pi = 3.14
def floor(v):
    return int(v)
