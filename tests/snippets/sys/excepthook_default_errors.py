# sys.excepthook's argument count
import sys
try:
    sys.excepthook(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.excepthook is sys.__excepthook__)
