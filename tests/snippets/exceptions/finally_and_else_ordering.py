log = []

def f(fail):
    try:
        log.append("try")
        if fail:
            raise KeyError("k")
    except KeyError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")

print(f(False), log)
log.clear()
print(f(True), log)

def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer handler", e)
    finally:
        print("outer finally")
nested_handlers()
