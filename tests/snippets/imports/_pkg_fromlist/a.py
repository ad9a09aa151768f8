from . import b
name = "a, which sees " + b.name
