# Mutual recursion alternates lines, so nothing collapses; then a collapsed tail.
def ping(n):
    if n == 0:
        return pong_forever(5)
    return pong(n - 1)

def pong(n):
    return ping(n)

def pong_forever(n):
    if n == 0:
        return {}["missing"]
    return pong_forever(n - 1)

ping(3)
