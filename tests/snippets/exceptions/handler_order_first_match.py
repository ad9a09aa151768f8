def f(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (never reached for KeyError)"
    except Exception:
        return "Exception handler"

print(f(KeyError()), f(IndexError()), f(ValueError()))
try:
    f(KeyboardInterrupt())
except BaseException as e:
    print("escaped:", type(e).__name__)
