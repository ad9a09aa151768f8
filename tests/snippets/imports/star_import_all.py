# from m import * with __all__: exactly the listed names
before = set(globals())
from _star_all import *
print(sorted(set(globals()) - before - {"before"}))
print(exported, _exported_private)
try:
    not_exported
except NameError as e:
    print("NameError:", e)
