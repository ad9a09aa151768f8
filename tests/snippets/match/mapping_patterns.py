# mapping patterns: extra keys are allowed, **rest collects them
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest.items())}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

print(handle({"type": "click", "pos": (3, 4), "button": 1}))
print(handle({"type": "key", "key": "a", "shift": True, "alt": False}))
print(handle({"type": "key", "key": 5}))
print(handle({"other": 1}))
print(handle([("type", "click")]))

class Defaulting(dict):
    def __missing__(self, key):
        return "default"
match Defaulting(a=1):
    case {"b": value}:
        print("matched missing key?", value)
    case {"a": value}:
        print("__missing__ not used; a =", value)
