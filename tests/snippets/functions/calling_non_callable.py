handlers = {"add": lambda a, b: a + b, "bad": 42}

def dispatch(name, *args):
    handler = handlers[name]
    return handler(*args)

print(dispatch("add", 1, 2))
try:
    "text"()
except TypeError as e:
    print("TypeError:", e)
print(dispatch("bad", 1, 2))
