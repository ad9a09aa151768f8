def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError
    if kind == "key":
        return {}["k"]
    return "fine"

for kind in ["value", "type", "key", "none"]:
    try:
        result = risky(kind)
    except ValueError as e:
        print("ValueError", e.args)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, repr(e), e.args)
    else:
        print("else:", result)
    finally:
        print("finally for", kind)

try:
    raise ValueError
except Exception as e:
    print(repr(e), str(e) == "", e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then re-raise")
        raise
except ArithmeticError as e:
    print("outer caught", type(e).__name__, isinstance(e, ArithmeticError))
