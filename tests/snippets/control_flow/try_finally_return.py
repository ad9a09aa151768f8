def override():
    try:
        return "from try"
    finally:
        return "from finally"

def order():
    try:
        print("in try")
        return print("evaluating return value") or "value"
    finally:
        print("in finally")

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(override())
print(order())
print(swallow())
print(finally_sees_value())
print(nested())
