import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(s, m and m.groups())
q = re.compile(r'(?P<open>\()?\d+(?(open)\))')
print([m.group() for m in q.finditer('(1) 2 (3 4)')])
print(re.match(r'(a)?(?(1)b|c)', 'c').groups(), re.match(r'(a)?(?(1)b|c)', 'ab').groups())
print(re.match(r'(a)?(?(1)b)', 'x'), re.match(r'(?:(a)|b)(?(1)x|y)', 'by'))
