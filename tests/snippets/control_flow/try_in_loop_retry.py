attempts = ["x", "1.5", "", "7"]
i = 0
while True:
    raw = attempts[i]
    i += 1
    try:
        value = int(raw)
    except ValueError as e:
        print("retry after:", e)
        continue
    else:
        print("parsed", value)
        break
    finally:
        print("attempt", i, "done")
print("value =", value)
