# __import__ of names that start with a dot at level 0: no parent package is imported, the name itself
# is not found (ModuleNotFoundError, not "Empty module name").
for n in ['.', '..foo', '/', '', '.foo', 'a..b', '...']:
    try:
        __import__(n)
    except (ImportError, ValueError) as e:
        print(repr(n), type(e).__name__, e, getattr(e, 'name', None))
