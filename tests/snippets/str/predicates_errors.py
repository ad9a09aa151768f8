def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for n in ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]:
    t(lambda: getattr("a", n)(1))
    t(lambda: getattr("a", n)(x=1))
    t(lambda: getattr(str, n)(1))
