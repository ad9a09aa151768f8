def nested(n):
    src = ""
    for i in range(n):
        src += "    " * i + f"for i{i} in range(1):\n"
    src += "    " * n + "pass\n"
    return src

for n in [19, 20, 21]:
    try:
        compile(nested(n), "<nested>", "exec")
        print(n, "nested loops compile")
    except SyntaxError as e:
        print(n, "->", e.msg)

def deep_try(depth):
    log = []
    def level(d):
        try:
            if d == depth:
                raise ValueError(d)
            level(d + 1)
        finally:
            log.append(d)
    try:
        level(0)
    except ValueError as e:
        log.append("caught %s" % e)
    return log
print(deep_try(6))
