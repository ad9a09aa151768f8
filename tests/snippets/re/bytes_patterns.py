import re

print(re.findall(rb'\w+', b'hello, world! 123'))
print(re.sub(rb'[aeiou]', b'*', b'education'))
print(re.split(rb',', b'a,b,,c'))
print(re.match(rb'(\d+)-(\d+)', b'10-20').groups())
print(re.search(rb'\xff+', b'a\xff\xffb'))
print(re.findall(rb'(?i)ab', b'AB ab aB \xc0\xe0'))
print(re.findall(rb'\s', b'a b\tc\x0bd\x1ce'))
print(re.findall(rb'\d', b'1\xb2'))
print(re.findall(rb'\w', b'a\xe9_1'))
print(re.fullmatch(rb'.*', b'a\nb'), re.fullmatch(rb'(?s).*', b'a\nb'))
m = re.match(rb'(?P<n>x)', b'xy')
print(m.groupdict(), m['n'], m.expand(rb'[\g<n>]'))
