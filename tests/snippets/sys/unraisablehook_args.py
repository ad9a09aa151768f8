import sys
def hook(u):
    pass
sys.unraisablehook = hook
print(sys.__unraisablehook__ is not hook)
try:
    sys.__unraisablehook__()
except TypeError as ex:
    print("TypeError:", ex)
try:
    sys.__unraisablehook__(1)
except TypeError as ex:
    print("TypeError:", ex)
