def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n

print(count(0) > 500)
