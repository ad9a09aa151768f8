# From CPython's test_grammar test_end_of_numerical_literals: a number directly followed by a keyword warns
# (SyntaxWarning); a filter that makes the warning an error gives a SyntaxError at the number's end.
import warnings
for s in ("0xfor x", "1_000in x", "[0xffor x in ()]", "x = 1\ny = 0o7if x else y", "1if 1 else 2"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(s, '<t>', 'exec')
        except SyntaxError as e:
            print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    print(w)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(s, '<t>', 'exec')
        print([(str(x.message), x.category.__name__, x.lineno) for x in w])
