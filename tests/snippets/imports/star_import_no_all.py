# from m import * without __all__: every name not starting with _
before = set(globals())
from _star_plain import *
added = sorted(set(globals()) - before - {"before"})
print(added)
print(public_func(), sys.__name__)
