# __all__ naming a missing attribute, or holding a non-string
try:
    from _star_bad_name import *
except AttributeError as e:
    print("AttributeError:", e)
print("present" in globals())
try:
    from _star_bad_type import *
except TypeError as e:
    print("TypeError:", e)
def f():
    exec("from _star_all import *")
    return "exec'd star import in a function is allowed"
print(f())
try:
    compile("def g():\n    from _star_all import *", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
