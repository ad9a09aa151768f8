def fetch(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError(f"cannot fetch {name}") from e

errors = []
for name in ["a", "b"]:
    try:
        fetch(name)
    except LookupError as e:
        errors.append(e)
raise ExceptionGroup("fetch failed", errors)
