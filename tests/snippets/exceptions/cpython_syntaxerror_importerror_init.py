# SyntaxError's (filename, lineno, offset, text[, end_lineno, end_offset]) tuple is checked as CPython does, and
# ImportError.__init__ resets name/path/msg that are not given again (test_exceptions).
for args in [('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1), ('bad.py', 1, 2, 'x'),
             ('bad.py', 1, 2, 'x', 3, 4), ['f', 1, 2, 'x'], ('f', 1, 2, 'x', 3, 4, 5)]:
    try:
        e = SyntaxError('bad bad', args)
        print(e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as e:
        print('TypeError', e)
e = SyntaxError('m', ('f', 1, 2, 'x', 3, 4))
e.__init__('m', ('g', 5, 6, 'y'))
print(e.filename, e.lineno, e.end_lineno, e.end_offset)
exc = ImportError('test', name='name', path='path')
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__('a', 'b', path='p')
print(exc.args, exc.msg, exc.name, exc.path)
try:
    ImportError(x=1)
except TypeError as e:
    print(e)
