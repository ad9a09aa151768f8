import re

def up(m):
    return m.group().upper()

print(re.sub(r'\w+', up, 'hello big world'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'o', lambda m: '0', 'foo boo'))
calls = []
def rec(m):
    calls.append((m.span(), m.string, m.pos, m.endpos))
    return ''
print(re.sub(r'b', rec, 'abcb'), calls)
print(re.sub(rb'a', lambda m: b'[' + m.group() + b']', b'banana'))
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: b'x', 'bab')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', lambda m: 'x', b'a')
except TypeError as e:
    print('TypeError', e)
