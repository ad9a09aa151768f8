# what is evaluated when, and how often
log = []
def src(tag, n):
    log.append("src " + tag)
    return range(n)
def cond(x):
    log.append(f"cond {x}")
    return x != 1
def val(x):
    log.append(f"val {x}")
    return x

result = [val(x) for x in src("outer", 3) if cond(x)]
print(result)
print(log)
log.clear()
result = [(a, b) for a in src("a", 2) for b in src("b", a + 1)]
print(result)
print(log)
