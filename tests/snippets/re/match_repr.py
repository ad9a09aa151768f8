import re

print(re.match('a', 'a'))
print(re.search(r'\w+', 'x' * 100))
print(re.search(r'.+', 'quote\'s "double"'))
print(re.match(b'ab', b'abc'))
print(re.match('', ''))
print(re.compile(r'\d+').match('é' * 60 + '1', 60))
print(repr(re.search('.*', 'newline\nline')))
print(re.match(b'.+', bytearray(b'xyz')))
print(re.match('.+', '\U0001F600' * 55))
