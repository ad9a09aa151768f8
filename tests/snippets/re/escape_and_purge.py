import re

print(re.escape('a.b*c?d[e]f(g)h{i}j|k^l$m\\n o\tp#q&r~s-t'))
print(re.escape(b'a.b \x00\xff'))
print(re.escape('é日本'))
print(re.match(re.escape('1+1=2'), '1+1=2'))
re.purge()
p1 = re.compile('cached')
p2 = re.compile('cached')
print(p1 is p2)
re.purge()
print(re.compile('cached') == p1)
print(re.template('a') if hasattr(re, 'template') and False else 'skip')
