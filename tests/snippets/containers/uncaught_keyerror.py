# an uncaught KeyError from a dict lookup: traceback with the key's repr
d = {"a": 1}
def lookup(key):
    return d[key]
print(lookup("a"))
lookup(("missing", 2))
