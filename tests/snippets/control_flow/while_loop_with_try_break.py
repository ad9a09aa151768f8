queue = [3, 0, "x", 5, None, 2]
results = []
while queue:
    item = queue.pop(0)
    try:
        if item is None:
            print("sentinel, stopping")
            break
        results.append(10 // item)
    except ZeroDivisionError:
        print("skip zero")
        continue
    except TypeError as e:
        print("skip bad item:", e)
    else:
        print("processed", item)
    finally:
        print("remaining", len(queue))
print(results, queue)
