class Plain:
    pass

p = Plain()
print(p == p, p != p, p == Plain(), Plain.__eq__(p, 1), p.__ne__(p))
print(type(p.__hash__()).__name__, p.__class__.__name__, Plain.__base__, type(Plain).__name__)
print(p.__lt__(p), p.__format__("") == str(p), str(p) == repr(p))
print(sorted(set(dir(p)) - set(dir(object))))
print(p.__dict__, Plain.__doc__, isinstance(Plain.__dict__, dict), type(Plain.__dict__).__name__)
try:
    p < p
except TypeError as e:
    print("TypeError:", e)
try:
    Plain.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
