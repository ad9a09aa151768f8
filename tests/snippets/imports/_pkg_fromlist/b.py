from . import a
name = "b"
seen_a = a.__name__
