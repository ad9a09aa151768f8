import re

cases = [
    (lambda: re.search('a', b'a')),
    (lambda: re.search(b'a', 'a')),
    (lambda: re.search('a', 1)),
    (lambda: re.search('a', None)),
    (lambda: re.compile('a').match(['a'])),
    (lambda: re.sub('a', b'x', 'a')),
    (lambda: re.sub(b'a', 'x', b'a')),
    (lambda: re.findall(b'a', bytearray(b'a')) and re.findall('a', bytearray(b'a'))),
    (lambda: re.split(b'a', 'bab')),
    (lambda: re.compile(1)),
    (lambda: re.compile(re.compile('a'), re.I)),
    (lambda: re.fullmatch(b'x', memoryview(b'x')) and re.fullmatch('x', memoryview(b'x'))),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
