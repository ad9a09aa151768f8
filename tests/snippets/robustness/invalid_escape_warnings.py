# Invalid escapes in str and bytes literals: a DeprecationWarning in 3.11 (first invalid escape of each
# literal piece, at the token's line), and a SyntaxError at the token when a filter makes it an error.
import warnings

cases = [
    'x = "\\d"', 'x = "a\\qb\\zc"', 'x = b"\\q"', 'x = b"\\N"', 'x = "\\777"', 'x = "\\477"', 'x = "\\377"',
    'x = b"\\777"', 'x = f"\\d{1}\\q"', 'x = f"\\{1}"', 'x = f"{1}\\d"', 'x = "ok" "\\d"',
    'x = """\nab\\d"""', 'x = (1,\n  "\\d")', 'x = rb"\\d" + r"\\q"', 'x = "\\8"', 'x = "\\9\\8"', 'x = u"\\d"',
    'x = "\\N{DIGIT ONE}\\e"', 'def f():\n    return "\\d"', 'x = "\\d" + "\\d"', 'x = "\\\\d"',
]
for src in cases:
    for source in (src, src.encode()):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            compile(source, "<s>", "exec")
        print(repr(source), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<s>", "exec")
            print("  no error")
        except SyntaxError as e:
            print("  ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# The values are unchanged: the backslash stays.
print(eval('"\\d"'), eval('b"\\q"'), eval('"\\777"'), eval('b"\\777"'), eval('f"\\{1}"'))

# Only DeprecationWarning filters matter; the default filters hide it outside __main__.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error", SyntaxWarning)
    warnings.simplefilter("always", DeprecationWarning)
    exec('y = "\\w+"')
print(len(w), w[0].category.__name__, y)
