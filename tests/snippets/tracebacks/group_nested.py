# Nested groups get nested boxes; sub-exceptions that were raised show their own tracebacks.
def fail(exc):
    raise exc

def collect():
    errors = []
    for exc in (ValueError(1), TypeError(2)):
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    return errors

inner = ExceptionGroup("inner", collect())
raise ExceptionGroup("outer", [inner, OSError("disk"), ExceptionGroup("empty-ish", [ZeroDivisionError()])])
