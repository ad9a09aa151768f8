# raise ... from None suppresses the context.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"cannot convert {s!r}") from None

convert("abc")
