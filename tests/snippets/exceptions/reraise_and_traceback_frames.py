def low():
    raise ValueError("deep problem")

def mid():
    try:
        low()
    except ValueError:
        print("mid saw it, re-raising")
        raise

def high():
    try:
        mid()
    except ValueError as e:
        print("high re-raises the same object")
        raise e

high()
