# push-style pipeline: generators used as consumers with send()
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

def upper(target):
    try:
        while True:
            target.send((yield).upper())
    finally:
        print("upper closing")
        target.close()

p = printer(">>")
next(p)
u = upper(p)
next(u)
g = grep("py", u)
next(g)
for line in ["python", "ruby", "pypy", "perl"]:
    g.send(line)
g.close()
u.close()
print(p.gi_frame)
