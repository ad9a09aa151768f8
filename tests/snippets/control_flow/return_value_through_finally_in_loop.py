def first_valid(items):
    attempts = 0
    for item in items:
        try:
            attempts += 1
            value = int(item)
            if value > 0:
                return value, attempts
        except ValueError:
            continue
        finally:
            print("attempt", attempts, "item", repr(item))
    return None, attempts

print(first_valid(["x", "-3", "7", "9"]))
print(first_valid(["a", "b"]))
