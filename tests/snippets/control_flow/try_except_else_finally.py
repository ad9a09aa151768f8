def run(action):
    try:
        print("  try")
        result = action()
    except ZeroDivisionError:
        print("  except ZeroDivisionError")
    except (KeyError, IndexError) as e:
        print("  except lookup:", type(e).__name__, e)
    else:
        print("  else, result =", result)
    finally:
        print("  finally")

for name, action in [("ok", lambda: 42), ("zero", lambda: 1 / 0), ("key", lambda: {}["k"]),
                     ("index", lambda: [][0])]:
    print(name)
    run(action)
print("uncaught one:")
try:
    run(lambda: int("x"))
except ValueError as e:
    print("outer caught", e)
