# class-body names are not visible inside comprehensions (except the first iterable)
class Config:
    base = 10
    names = ["a", "b"]
    # the first iterable is evaluated in the class scope: fine
    upper = [n.upper() for n in names]
    try:
        shifted = [base + i for i in range(3)]
    except NameError as e:
        error = str(e)
    # workaround: bind through the first iterable
    shifted2 = [b + i for b in [base] for i in range(3)]

print(Config.upper)
print(Config.error)
print(Config.shifted2)
print(hasattr(Config, "shifted"), hasattr(Config, "i"), hasattr(Config, "n"))

base = "global base"
class Other:
    base = "class base"
    seen = [base for _ in range(1)]
print(Other.seen)
