def f):
    pass
