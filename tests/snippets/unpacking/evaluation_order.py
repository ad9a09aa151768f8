# right-hand side first, then targets from left to right
log = []
class Target:
    def __setattr__(self, name, value):
        log.append(f"set {name}={value}")
        object.__setattr__(self, name, value)
def value(v):
    log.append(f"eval {v}")
    return v

t = Target()
t.a, t.b = value(1), value(2)
print(log)
log.clear()
t.x = t.y = value("chain")
print(log)
log.clear()
def items():
    for i in range(3):
        log.append(f"yield {i}")
        yield i
t.p, *t.q = items()
print(log)
