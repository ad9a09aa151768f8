# Parsing and lookup errors from str.format, each with CPython's exact message.
cases = ["}", "{", "x{", "a}b", "{}}", "{0", "{0[}", "{0[1]x}", "{0.}", "{0..x}", "{!}", "{!r", "{!rr}",
         "{!x}", "{0!r!s}", "{0:!r}", "{1}", "{x}", "{0[5]}", "{0.nope}", "{a{}}", "{0[1]", "{99999999999999999999}"]
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format("ab")))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
