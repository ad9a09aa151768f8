# SystemExit raised in a nested function passes through except/finally on its way out
import sys
def inner():
    try:
        sys.exit("message from inner")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    except ValueError:
        print("wrong handler")
    finally:
        print("outer finally")
outer()
