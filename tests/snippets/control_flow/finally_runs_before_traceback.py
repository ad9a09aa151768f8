def inner():
    try:
        print("inner start")
        return {}["missing"]
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

try:
    outer()
finally:
    print("module finally")
