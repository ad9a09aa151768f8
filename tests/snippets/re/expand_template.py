import re

m = re.match(r'(?P<a>\w+) (?P<b>\w+)( x)?', 'hello world')
print(m.expand(r'\2 \1'), m.expand(r'\g<b>-\g<a>'), m.expand(r'[\3]'), m.expand('plain'))
print(m.expand(r'\n\\'), m.expand(r'\g<0>'))
print(re.match(rb'(a)', b'a').expand(rb'\1\1'))
for bad in [r'\4', r'\g<zz>', r'\x']:
    try:
        print(m.expand(bad))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(m.expand(template=r'\1'))
