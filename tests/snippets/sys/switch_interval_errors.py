import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
for bad in (0, -1, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as ex:
        print("ValueError:", ex)
for bad in ("1", None):
    try:
        sys.setswitchinterval(bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    sys.setswitchinterval()
except TypeError as ex:
    print("TypeError:", ex)
try:
    sys.getswitchinterval(1)
except TypeError as ex:
    print("TypeError:", ex)
