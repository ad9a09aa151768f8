# NameError "Did you mean" from the failing frame's locals, then globals, then builtins.
import sys

def show(f):
    try:
        f()
    except NameError as e:
        print("str:", e)
        sys.excepthook(type(e), e, e.__traceback__)

counter = 0
def use_global():
    return countr + 1

def use_local():
    values = [1, 2]
    return len(vaules)

def use_builtin():
    return lenn([1])

def far_off():
    return completely_unrelated_name

def case_only():
    Value = 1
    return value

show(use_global)
show(use_local)
show(use_builtin)
show(far_off)
show(case_only)
show(lambda: pritn("x"))
show(lambda: Tru)
